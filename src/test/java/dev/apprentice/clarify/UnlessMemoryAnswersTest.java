package dev.apprentice.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.nlu.ParseResult;
import dev.apprentice.nlu.ParseResult.IntentScore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnlessMemoryAnswersTest {

    private static final Doubt UNSURE = new Doubt(DoubtKind.UNCERTAIN_INTENT,
            new Span(0, 5, "zorbl"), List.of(), 0.9, "unsure", false);

    private final List<String> checked = new ArrayList<>();

    @Test
    void fallback_with_memory_drops_the_doubt() {
        UnlessMemoryAnswers detector = detector(true);

        assertThat(detector.detect(context("nlu_fallback"))).isEmpty();
        assertThat(checked).containsExactly("zorblat?@c1");
    }

    @Test
    void fallback_without_memory_keeps_the_doubt() {
        assertThat(detector(false).detect(context("nlu_fallback"))).containsExactly(UNSURE);
    }

    @Test
    void placed_intent_keeps_the_doubt_unchecked() {
        assertThat(detector(true).detect(context("greet"))).containsExactly(UNSURE);
        assertThat(checked).isEmpty();
    }

    @Test
    void kind_is_the_wrapped_detectors() {
        assertThat(detector(true).kind()).isEqualTo(DoubtKind.UNCERTAIN_INTENT);
    }

    private UnlessMemoryAnswers detector(boolean memoryAnswers) {
        DoubtDetector wrapped = new DoubtDetector() {
            @Override
            public DoubtKind kind() {
                return DoubtKind.UNCERTAIN_INTENT;
            }

            @Override
            public List<Doubt> detect(DoubtContext context) {
                return List.of(UNSURE);
            }
        };
        return new UnlessMemoryAnswers(wrapped, (text, conversation) -> {
            checked.add(text + "@" + conversation);
            return memoryAnswers;
        });
    }

    private static DoubtContext context(String intent) {
        ParseResult parse = new ParseResult("zorblat?", new IntentScore(intent, 0.3), List.of(),
                List.of(), List.of(), null);
        return new DoubtContext("zorblat?", parse, List.of(), new double[0], List.of(),
                List.of(), "c1", null, null);
    }
}
