package dev.apprentice.clarify;

import dev.apprentice.nlu.NluEngine;
import java.util.List;

/**
 * A detector that defers to another unless the knowledge memory can answer the message. When NLU
 * gave up on the message ({@code nlu_fallback}) and the memory holds taught items about it, the
 * default fallback answers from those items, so asking which intent was meant would only delay
 * an answer the bot already has. Wraps the uncertain-intent detector.
 */
public final class UnlessMemoryAnswers implements DoubtDetector {

    /** Whether the memory holds something that answers a message, seen from a conversation. */
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
