package dev.apprentice.clarify;

import dev.apprentice.nlu.NluEngine;
import java.util.List;

/**
 * A detector that returns another detector's doubts unless the knowledge memory covers the
 * message. When NLU classified the message as {@code nlu_fallback} and the memory contains taught
 * items about it, the default fallback replies with those items, so a question about the intent
 * would only delay that reply. It wraps the uncertain-intent detector.
 */
public final class UnlessMemoryAnswers implements DoubtDetector {

    /** Reports whether the memory contains taught items about a message in a conversation. */
    @FunctionalInterface
    public interface MemoryCheck {
        boolean answers(String text, String conversationId);
    }

    private final DoubtDetector detector;
    private final MemoryCheck memory;

    public UnlessMemoryAnswers(DoubtDetector detector, MemoryCheck memory) {
        this.detector = detector;
        this.memory = memory;
    }

    @Override
    public DoubtKind kind() {
        return detector.kind();
    }

    @Override
    public List<Doubt> detect(DoubtContext context) {
        List<Doubt> doubts = detector.detect(context);
        if (doubts.isEmpty() || !fellBack(context)) {
            return doubts;
        }
        return memory.answers(context.text(), context.conversationId()) ? List.of() : doubts;
    }

    private static boolean fellBack(DoubtContext context) {
        return context.parse() != null && context.parse().intent() != null
                && NluEngine.FALLBACK_INTENT.equals(context.parse().intent().name());
    }
}
