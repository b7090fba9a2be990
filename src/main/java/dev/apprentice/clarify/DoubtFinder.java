package dev.apprentice.clarify;

import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the doubts about one message: a "what is X?" about a term the memory lacks, and
 * whatever each detector finds. Thread-safe when the detectors and the memory are.
 */
final class DoubtFinder {

    private final List<DoubtDetector> detectors;
    private final KnowledgeView knowledge;
    private final Vocabulary vocabulary;

    DoubtFinder(List<DoubtDetector> detectors, KnowledgeView knowledge, Vocabulary vocabulary) {
        this.detectors = List.copyOf(detectors);
        this.knowledge = knowledge;
        this.vocabulary = vocabulary;
    }

    /**
     * Returns the doubts about {@code text}.
     *
     * @param recent the turns before this message, oldest first
     */
    List<Doubt> find(String text, ParseResult parse, IntentScores intents,
            List<DoubtContext.Turn> recent, String conversationId) {
        List<Doubt> doubts = new ArrayList<>();
        askedUnknownTerm(text, conversationId).ifPresent(doubts::add);
        DoubtContext context = new DoubtContext(text, parse, intents.labels(),
                intents.probabilities(), intents.committee(), recent, conversationId,
                knowledge, vocabulary);
        for (DoubtDetector detector : detectors) {
            for (Doubt doubt : detector.detect(context)) {
                if (isNew(doubt, doubts)) {
                    doubts.add(doubt);
                }
            }
        }
        return doubts;
    }

    /**
     * Returns whether no earlier detector found a doubt of the same kind on overlapping words,
     * so that a detector that runs after the others adds only what they missed.
     */
    private static boolean isNew(Doubt doubt, List<Doubt> found) {
        return found.stream().noneMatch(d -> d.kind() == doubt.kind()
                && d.span().start() < doubt.span().end()
                && doubt.span().start() < d.span().end());
    }

    /**
     * Returns a doubt about the term of a "what is X?" message when the memory does not know X.
     * It does not block, so an assistant lets the bot's own answer stand, while a teacher or a
     * partner is asked to teach the term.
     */
    private Optional<Doubt> askedUnknownTerm(String text, String conversationId) {
        Optional<String> term = Commands.askedTerm(text);
        if (term.isEmpty() || knowledge.term(term.get(), conversationId).isPresent()) {
            return Optional.empty();
        }
        int at = text.lastIndexOf(term.get());
        int start = text.codePointCount(0, at);
        Span span = new Span(start, start + term.get().codePointCount(0, term.get().length()),
                term.get());
        return Optional.of(new Doubt(DoubtKind.UNKNOWN_TERM, span, List.of(), 1.0,
                "You asked about \"" + term.get() + "\", which I haven't been taught.", false));
    }
}
