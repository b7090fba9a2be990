package dev.apprentice.reward;

import dev.apprentice.nlg.VariationScores;
import dev.apprentice.reward.jpa.RewardRecord;
import dev.apprentice.reward.jpa.RewardRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
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

    /** Reads every stored reward into the scores, replacing what was there. */
    @Transactional
    public void reload() {
        tallies.clear();
        for (RewardRecord row : rewards.listAll()) {
            count(row.response, row.variation, row.value);
        }
        LOG.debugf("reward.reload variations=%d", tallies.size());
    }

    /** Stores {@code reward} and counts it at once in the variation's score. */
    @Transactional
    public void record(Reward reward) {
        RewardRecord row = new RewardRecord();
        row.conversationId = reward.conversationId();
        row.messageTimestamp = reward.messageTimestamp();
        row.value = reward.value();
        row.response = reward.response();
        row.variation = reward.variation();
        row.intent = reward.intent();
        row.modelVersion = reward.modelVersion();
        row.ratedAt = Instant.now();
        rewards.persist(row);
        count(reward.response(), reward.variation(), reward.value());
        LOG.debugf("reward.record sender=%s response=%s variation=%s value=%d",
                reward.conversationId(), reward.response(), reward.variation(), reward.value());
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

    /** Returns every stored reward, oldest first. */
    @Transactional
    public List<Reward> list() {
        List<Reward> list = new ArrayList<>();
        for (RewardRecord row : rewards.list("order by id")) {
            list.add(new Reward(row.conversationId, row.messageTimestamp, row.value,
                    row.response, row.variation, row.intent, row.modelVersion));
        }
        return list;
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
