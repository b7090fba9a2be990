package dev.apprentice.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSelectorTest {

    private static final QueryStrategy ENTROPY = Strategies.byName("entropy", 1);

    private static Candidate candidate(String id, double top, float... features) {
        return new Candidate(id, id, new double[] {top, 1 - top}, List.of(), features);
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::id).toList();
    }

    /** Two near-duplicates that are the most uncertain, and a different, slightly surer one. */
    private static List<Candidate> poolWithTwins() {
        return List.of(
                candidate("sure", 0.95f, 0f, 1f, 0f),
                candidate("twin-a", 0.5, 1f, 0f, 0f),
                candidate("twin-b", 0.52, 0.99f, 0.05f, 0f),
                candidate("other", 0.6, 0f, 0f, 1f));
    }

    @Test
    void zero_diversity_is_top_k() {
        List<Candidate> batch = new BatchSelector(0).select(poolWithTwins(), 2, ENTROPY);

        assertThat(ids(batch)).containsExactly("twin-a", "twin-b");
    }

    @Test
    void diversity_avoids_near_duplicates() {
        List<Candidate> batch = new BatchSelector(1.0).select(poolWithTwins(), 2, ENTROPY);

        assertThat(ids(batch)).containsExactly("twin-a", "other");
    }

    @Test
    void batch_is_best_first_and_never_repeats() {
        List<Candidate> batch = new BatchSelector(0.5).select(poolWithTwins(), 10, ENTROPY);

        assertThat(batch).hasSize(4).doesNotHaveDuplicates();
        assertThat(batch.get(0).id()).isEqualTo("twin-a");
    }

    @Test
    void equal_scores_keep_pool_order() {
        List<Candidate> pool = List.of(candidate("a", 0.7, 1f), candidate("b", 0.7, 1f),
                candidate("c", 0.7, 1f));

        assertThat(ids(new BatchSelector(0).select(pool, 2, ENTROPY))).containsExactly("a", "b");
    }

    @Test
    void nan_score_ranks_last() {
        QueryStrategy byId = new QueryStrategy() {
            @Override
            public String name() {
                return "by_id";
            }

            @Override
            public double score(Candidate c) {
                return c.id().equals("broken") ? Double.NaN : c.probabilities()[1];
            }
        };
        List<Candidate> pool = List.of(candidate("broken", 0.5, 1f),
                candidate("sure", 0.99, 1f), candidate("unsure", 0.5, 1f));

        List<Candidate> batch = new BatchSelector(0.5).select(pool, 3, byId);

        assertThat(ids(batch)).containsExactly("unsure", "sure", "broken");
    }

    @Test
    void empty_pool_gives_empty_batch() {
        assertThat(new BatchSelector(0.5).select(List.of(), 3, ENTROPY)).isEmpty();
    }

    @Test
    void negative_diversity_is_rejected() {
        assertThatThrownBy(() -> new BatchSelector(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.1");
    }

    @Test
    void cosine_of_parallel_and_orthogonal_vectors() {
        assertThat(BatchSelector.cosine(new float[] {2f, 0f}, new float[] {5f, 0f})).isEqualTo(1.0);
        assertThat(BatchSelector.cosine(new float[] {1f, 0f}, new float[] {0f, 3f})).isZero();
        assertThat(BatchSelector.cosine(new float[] {0f, 0f}, new float[] {0f, 3f})).isZero();
    }
}
