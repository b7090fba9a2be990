package dev.apprentice.review;

import dev.apprentice.learning.BatchSelector;
import dev.apprentice.learning.Candidate;
import dev.apprentice.learning.QueryStrategy;
import dev.apprentice.learning.Strategies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks queued messages with the current model: each is scored again from the classifier's
 * probabilities, the committee's votes and its feature vector, and a {@link BatchSelector}
 * picks them best first while avoiding near-duplicates. Scores computed when a message was
 * queued are not used, because the model has learned since.
 */
public final class QueueRanker {

    /** A queued item with the strategy's score for it; higher is asked first. */
    public record Ranked(QueueItem item, double score) {
    }

    private final String strategyName;
    private final long seed;
    private final BatchSelector selector;

    /**
     * @param strategyName a name {@link Strategies#byName} accepts
     * @throws IllegalArgumentException for an unknown strategy or a negative diversity
     */
    public QueueRanker(String strategyName, long seed, double diversity) {
        Strategies.byName(strategyName, seed);
        this.strategyName = strategyName;
        this.seed = seed;
        this.selector = new BatchSelector(diversity);
    }

    /** Returns the strategy's name as configured. */
    public String strategy() {
        return strategyName;
    }

    /** Returns up to {@code limit} of {@code items}, best first. */
    public List<Ranked> rank(List<QueueItem> items, LearningModel model, int limit) {
        if (model.labels().size() < 2) {
            // One label leaves nothing to be unsure about: every score would be zero.
            return items.stream().limit(limit).map(item -> new Ranked(item, 0.0)).toList();
        }
        Map<String, QueueItem> byId = new HashMap<>();
        List<Candidate> pool = new ArrayList<>();
        for (QueueItem item : items) {
            String id = String.valueOf(item.id());
            byId.put(id, item);
            pool.add(candidate(id, item.text(), model));
        }
        // A new strategy per ranking makes the random strategy repeat its order, and a cache
        // gives each candidate one score even though the selector asks more than once.
        QueryStrategy strategy = Strategies.byName(strategyName, seed);
        Map<String, Double> scores = new HashMap<>();
        QueryStrategy cached = new QueryStrategy() {
            @Override
            public String name() {
                return strategy.name();
            }

            @Override
            public double score(Candidate c) {
                return scores.computeIfAbsent(c.id(), id -> strategy.score(c));
            }
        };
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate pick : selector.select(pool, limit, cached)) {
            ranked.add(new Ranked(byId.get(pick.id()), cached.score(pick)));
        }
        return ranked;
    }

    static Candidate candidate(String id, String text, LearningModel model) {
        double[] p = model.probabilities(text);
        List<double[]> votes = model.committee(text).stream()
                .filter(v -> v.length == p.length).toList();
        return new Candidate(id, text, p, votes, model.features(text));
    }
}
