package dev.apprentice.reward;

import dev.apprentice.nlg.VariationScores;
import dev.apprentice.reward.jpa.RewardRecord;
import dev.apprentice.reward.jpa.RewardRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Stores ratings as rewards and scores response variations by them. A variation's score is
 * the sum of its rewards divided by their count plus one: the mean with one neutral rating
 * added, so a single thumbs down scores -0.5 and an unrated variation 0. The scores are kept in
 * memory, loaded by {@link #reload()} and updated by every {@link #record}.
 */
@ApplicationScoped
public class RewardService implements VariationScores {

    private static final Logger LOG = Logger.getLogger(RewardService.class);

    private final RewardRepository rewards;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    public RewardService(RewardRepository rewards) {
        this.rewards = rewards;
    }

    /** The summed rewards and the number of ratings of one variation. */
    public record Tally(long sum, long count) {

        Tally plus(int value) {
            return new Tally(sum + value, count + 1);
        }

        public double score() {
            return (double) sum / (count + 1);
        }
    }

    /**
     * Reads every stored reward into the scores, replacing what was there. Only the latest
     * rating of each message counts, also where older versions stored several.
     */
    @Transactional
    public void reload() {
        tallies.clear();
        for (RewardRecord row : latestPerMessage(rewards.list("order by id"))) {
            count(row.response, row.variation, row.value);
        }
        LOG.debugf("reward.reload variations=%d", tallies.size());
    }

    /**
     * Stores {@code reward} and counts it at once in the variation's score. A message has at
     * most one rating, so a new rating of the same conversation and message timestamp replaces
     * the earlier one, in the store and in the score.
     */
    // TODO: two requests rating one message at the same instant on two instances can still
    // both insert, because no unique constraint covers (conversation_id, message_timestamp).
    @Transactional
    public synchronized void record(Reward reward) {
        List<RewardRecord> earlier = rewards.list(
                "conversationId = ?1 and messageTimestamp = ?2 order by id",
                reward.conversationId(), reward.messageTimestamp());
        RewardRecord row = earlier.isEmpty() ? new RewardRecord() : earlier.get(0);
        for (RewardRecord old : earlier) {
            uncount(old.response, old.variation, old.value);
            if (old != row) {
                rewards.delete(old);
            }
        }
        fill(row, reward);
        if (row.id == null) {
            rewards.persist(row);
        }
        count(reward.response(), reward.variation(), reward.value());
        LOG.debugf("reward.record sender=%s response=%s variation=%s value=%d replaced=%d",
                reward.conversationId(), reward.response(), reward.variation(), reward.value(),
                earlier.size());
    }

    private static void fill(RewardRecord row, Reward reward) {
        row.conversationId = reward.conversationId();
        row.messageTimestamp = reward.messageTimestamp();
        row.value = reward.value();
        row.response = reward.response();
        row.variation = reward.variation();
        row.intent = reward.intent();
        row.modelVersion = reward.modelVersion();
        row.ratedAt = Instant.now();
    }

    @Override
    public double score(String response, int index) {
        Tally tally = tallies.get(key(response, index));
        return tally == null ? 0.0 : tally.score();
    }

    /** Returns the tally of every rated variation, keyed {@code response#index}, sorted. */
    public Map<String, Tally> tallies() {
        return new TreeMap<>(tallies);
    }

    /** Returns the stored reward of every rated message, oldest first. */
    @Transactional
    public List<Reward> list() {
        List<Reward> list = new ArrayList<>();
        for (RewardRecord row : latestPerMessage(rewards.list("order by id"))) {
            list.add(new Reward(row.conversationId, row.messageTimestamp, row.value,
                    row.response, row.variation, row.intent, row.modelVersion));
        }
        return list;
    }

    /**
     * Keeps the last row of each (conversation, message timestamp), at the place of that
     * message's first row.
     */
    private static List<RewardRecord> latestPerMessage(List<RewardRecord> rows) {
        Map<String, RewardRecord> latest = new LinkedHashMap<>();
        for (RewardRecord row : rows) {
            latest.put(row.conversationId + "@" + row.messageTimestamp, row);
        }
        return new ArrayList<>(latest.values());
    }

    private void uncount(String response, Integer variation, int value) {
        if (response != null && variation != null) {
            tallies.computeIfPresent(key(response, variation), (k, tally) ->
                    tally.count() <= 1 ? null : new Tally(tally.sum() - value,
                            tally.count() - 1));
        }
    }

    private void count(String response, Integer variation, int value) {
        if (response != null && variation != null) {
            tallies.merge(key(response, variation), new Tally(value, 1),
                    (a, b) -> a.plus(value));
        }
    }

    static String key(String response, int index) {
        return response + "#" + index;
    }
}
