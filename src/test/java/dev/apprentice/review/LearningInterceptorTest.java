package dev.apprentice.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.clarify.Mode;
import dev.apprentice.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The learning step without a running bot: a stored queue of many items and a fake model. */
class LearningInterceptorTest {

    private static final List<String> LABELS = List.of("greet", "vpn", "ticket");

    @Test
    void question_ranks_only_the_newest_items() {
        // given
        StoredQueue queue = new StoredQueue(1000);
        CountingModel model = new CountingModel();
        LearningInterceptor interceptor = interceptor(queue, model, config(1000));

        // when
        Optional<List<Event>> question = interceptor.nextQuestion(0);

        // then
        assertThat(question).isPresent();
        assertThat(queue.requested).containsExactly(LearningInterceptor.QUESTION_POOL);
        assertThat(model.texts.get()).isLessThanOrEqualTo(3 * LearningInterceptor.QUESTION_POOL);
    }

    @Test
    void question_redacts_personal_data() {
        // given
        StoredQueue queue = new StoredQueue(1) {
            @Override
            public List<QueueItem> pending(int limit) {
                return List.of(item(7, "mail me at jane.doe@example.com or +44 20 7946 0958"));
            }
        };
        LearningInterceptor interceptor = interceptor(queue, new CountingModel(), config(10));

        // when
        List<Event> question = interceptor.nextQuestion(0).orElseThrow();

        // then
        String shown = question.get(1).text();
        assertThat(question.get(0).get("text").asText()).doesNotContain("jane.doe");
        assertThat(shown).contains("[EMAIL]");
        assertThat(shown).contains("[PHONE]");
        assertThat(shown).doesNotContain("jane.doe@example.com");
        assertThat(shown).doesNotContain("7946");
    }

    static LearningInterceptor interceptor(ReviewQueue queue, LearningModel model,
            LearningConfig config) {
        return new LearningInterceptor(null, (tracker, message) -> Mode.TEACHER, model, queue,
                null, new QueueRanker("margin", 1, 0.5), config, (sender, metadata) -> true);
    }

    /** A queue of {@code size} pending items that records the limits it was asked for. */
    static class StoredQueue extends ReviewQueue {
        final List<Integer> requested = new ArrayList<>();
        final List<Long> skipped = new ArrayList<>();
        private final int size;

        StoredQueue(int size) {
            super(null);
            this.size = size;
        }

        @Override
        public List<QueueItem> pending(int limit) {
            requested.add(limit);
            List<QueueItem> items = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, size); i++) {
                items.add(item(i, "message number " + i));
            }
            return items;
        }

        @Override
        public QueueItem markSkipped(long id, String skippedBy) {
            skipped.add(id);
            return item(id, "skipped");
        }
    }

    static QueueItem item(long id, String text) {
        return new QueueItem(id, text, "someone", Instant.EPOCH, ReviewQueue.LIVE, null, 0,
                List.of(), null, QueueState.PENDING, null, null, null, null);
    }

    /** A model unsure of every text that counts the texts it scores. */
    static final class CountingModel implements LearningModel {
        final AtomicInteger texts = new AtomicInteger();

        @Override
        public String version() {
            return "counting-1";
        }

        @Override
        public List<String> labels() {
            return LABELS;
        }

        @Override
        public double[] probabilities(String text) {
            texts.incrementAndGet();
            return new double[] {0.4, 0.35, 0.25};
        }

        @Override
        public List<double[]> committee(String text) {
            return List.of();
        }

        @Override
        public float[] features(String text) {
            return new float[] {text.length(), 1, 0};
        }

        @Override
        public boolean declaresIntent(String intent) {
            return LABELS.contains(intent);
        }

        @Override
        public boolean learn(String text, String intent) {
            return LABELS.contains(intent);
        }
    }

    static LearningConfig config(int rankPoolSize) {
        return new LearningConfig() {
            @Override
            public String strategy() {
                return "margin";
            }

            @Override
            public double diversity() {
                return 0.5;
            }

            @Override
            public long seed() {
                return 1;
            }

            @Override
            public double enqueueBelow() {
                return 0.6;
            }

            @Override
            public int rankPoolSize() {
                return rankPoolSize;
            }

            @Override
            public boolean teacherQuestions() {
                return true;
            }
        };
    }

}
