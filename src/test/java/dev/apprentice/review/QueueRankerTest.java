package dev.apprentice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueRankerTest {

    private static final FakeModel MODEL = new FakeModel(List.of("greet", "vpn", "ticket"),
            Map.of("sure", new double[] {0.96, 0.02, 0.02},
                    "torn", new double[] {0.4, 0.35, 0.25},
                    "torn again", new double[] {0.4, 0.35, 0.25},
                    "half sure", new double[] {0.05, 0.25, 0.7}));

    @Test
    void entropy_ranks_the_uncertain_first() {
        QueueRanker ranker = new QueueRanker("entropy", 1, 0.0);

        List<QueueRanker.Ranked> ranked = ranker.rank(items("sure", "torn", "half sure"),
                MODEL, 3);

        assertThat(ranked).extracting(r -> r.item().text())
                .containsExactly("torn", "half sure", "sure");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void diversity_moves_a_near_duplicate_down() {
        QueueRanker plain = new QueueRanker("entropy", 1, 0.0);
        QueueRanker diverse = new QueueRanker("entropy", 1, 2.0);
        List<QueueItem> items = items("torn", "torn again", "half sure", "sure");

        assertThat(plain.rank(items, MODEL, 2)).extracting(r -> r.item().text())
                .containsExactlyInAnyOrder("torn", "torn again");
        assertThat(diverse.rank(items, MODEL, 2)).extracting(r -> r.item().text())
                .contains("half sure");
    }

    @Test
    void limit_caps_the_ranking() {
        QueueRanker ranker = new QueueRanker("margin", 1, 0.3);

        assertThat(ranker.rank(items("sure", "torn", "half sure"), MODEL, 1)).hasSize(1);
    }

    @Test
    void unknown_strategy_is_rejected() {
        assertThatThrownBy(() -> new QueueRanker("loudest", 1, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entropy");
    }

    static List<QueueItem> items(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new QueueItem(i + 1, texts[i], "ann", Instant.EPOCH, "import",
                        null, 0, List.of(), null, QueueState.PENDING, null, null, null, null))
                .toList();
    }
}
