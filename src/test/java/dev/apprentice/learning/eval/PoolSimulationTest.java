package dev.apprentice.learning.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.learning.Strategies;
import dev.apprentice.learning.eval.PoolSimulation.Point;
import dev.apprentice.nlu.SentenceEmbedder;
import dev.apprentice.nlu.SoftmaxClassifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PoolSimulationTest {

    private static final List<String> INTENTS = List.of("greet", "bye", "thanks");
    private static final SoftmaxClassifier.Options TRAINING =
            new SoftmaxClassifier.Options(1.0, 1e-5, 8, 20, 5, 0.0, 5, 1e-3, false, 1L);

    /** Three well separated clusters of unit-ish vectors, one per intent, with noise. */
    private static final class Clusters implements SentenceEmbedder {
        private final Map<String, float[]> vectors = new HashMap<>();

        PoolSimulation.Examples examples(int perIntent, long seed, String prefix) {
            Random random = new Random(seed);
            List<String> texts = new ArrayList<>();
            List<float[]> features = new ArrayList<>();
            int[] labels = new int[perIntent * INTENTS.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = i % INTENTS.size();
                float[] x = new float[INTENTS.size()];
                for (int d = 0; d < x.length; d++) {
                    x[d] = (float) (0.3 * random.nextGaussian());
                }
                x[labels[i]] += 1f;
                String text = prefix + i;
                texts.add(text);
                features.add(x);
                vectors.put(text, x);
            }
            return new PoolSimulation.Examples(texts, features, labels);
        }

        @Override
        public float[] embed(String text) {
            return vectors.getOrDefault(text, new float[INTENTS.size()]);
        }

        @Override
        public int dimension() {
            return INTENTS.size();
        }
    }

    private static PoolSimulation simulation() {
        Clusters clusters = new Clusters();
        return new PoolSimulation(INTENTS, clusters.examples(20, 1, "pool "),
                clusters.examples(10, 2, "test "), clusters,
                new PoolSimulation.Settings(2, 4, 18, 0.5, TRAINING));
    }

    @Test
    void seed_set_has_the_same_count_per_intent() {
        PoolSimulation simulation = simulation();

        List<Integer> seedSet = simulation.seedSet(3);

        assertThat(seedSet).hasSize(6).doesNotHaveDuplicates();
        assertThat(simulation.seedSet(3)).isEqualTo(seedSet);
        assertThat(simulation.seedSet(4)).isNotEqualTo(seedSet);
    }

    @Test
    void run_grows_by_batches_to_limit() {
        PoolSimulation simulation = simulation();

        for (String strategy : Strategies.NAMES) {
            List<Point> curve = simulation.run(strategy, 1);

            assertThat(curve).extracting(Point::labels).containsExactly(6, 10, 14, 18);
            assertThat(curve).allSatisfy(p -> assertThat(p.strategy()).isEqualTo(strategy));
            assertThat(curve).allSatisfy(p -> assertThat(p.accuracy()).isBetween(0.0, 1.0));
        }
    }

    @Test
    void separable_clusters_are_learned() {
        PoolSimulation simulation = simulation();

        assertThat(simulation.fullPoolAccuracy()).isGreaterThan(0.9);
        assertThat(simulation.run("margin", 2).get(3).accuracy()).isGreaterThan(0.8);
    }

    @Test
    void same_seed_gives_same_curve() {
        assertThat(simulation().run("random", 5)).isEqualTo(simulation().run("random", 5));
        assertThat(simulation().run("vote_entropy", 5))
                .isEqualTo(simulation().run("vote_entropy", 5));
    }
}
