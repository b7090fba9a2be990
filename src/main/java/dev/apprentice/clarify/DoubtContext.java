package dev.apprentice.clarify;

import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.ParseResult;
import java.util.List;

/**
 * What a detector may look at: the message and what NLU made of it, the classifier's full
 * probability vector over {@code labels}, the predictions of the other committee members, the
 * recent turns (oldest first, user and bot text), the knowledge memory as this conversation
 * sees it, and the vocabulary of words the bot knows.
 */
public record DoubtContext(
        String text,
        ParseResult parse,
        List<String> labels,
        double[] probabilities,
        List<double[]> committee,
        List<Turn> recentTurns,
        String conversationId,
        KnowledgeView knowledge,
        Vocabulary vocabulary) {

    public DoubtContext {
        labels = labels == null ? List.of() : List.copyOf(labels);
        committee = committee == null ? List.of() : List.copyOf(committee);
        recentTurns = recentTurns == null ? List.of() : List.copyOf(recentTurns);
    }

    /** One earlier turn: who spoke and what was said. */
    public record Turn(boolean fromUser, String text) {
    }
}
