package dev.apprentice.clarify.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts the clarifying questions of one conversation and the answers to them, from the events
 * of its tracker ({@code GET /conversations/{id}/tracker}).
 *
 * <p>Each question is an {@code apprentice_question} event, the follow-up that asks a teacher
 * for an example included. A question counts as answered when an {@code apprentice_answer}
 * event with the same {@code question_id} has an outcome that took the user's reply as an
 * answer: {@code taught}, {@code example}, {@code chosen} or {@code neither}. Questions that
 * were skipped ("never mind"), abandoned for a new request, or are still open count as not
 * answered.
 *
 * @param questions the questions the bot asked
 * @param answered how many of them were answered
 * @param askedAbout the lower-cased span texts of the questions about a term (unknown or with
 *     several senses), in order; a question about the intent spans the whole message and a
 *     question about a pronoun spans the pronoun, so neither is about a term
 */
public record ConversationTally(int questions, int answered, List<String> askedAbout) {

    static final String QUESTION_EVENT = "apprentice_question";
    static final String ANSWER_EVENT = "apprentice_answer";
    private static final Set<String> ANSWERED =
            Set.of("taught", "example", "chosen", "neither");
    private static final Set<String> TERM_KINDS = Set.of("unknown_term", "ambiguous_term");
    /** Part of every reply that explains a term from the knowledge memory. */
    private static final String FROM_MEMORY = "(taught by ";

    /** Counts the questions and answers among {@code events}, in tracker order. */
    public static ConversationTally of(Iterable<JsonNode> events) {
        Set<String> asked = new HashSet<>();
        Set<String> answeredIds = new HashSet<>();
        List<String> spans = new java.util.ArrayList<>();
        for (JsonNode event : events) {
            String name = event.path("event").asText();
            String id = event.path("question_id").asText();
            if (QUESTION_EVENT.equals(name)) {
                asked.add(id);
                if (TERM_KINDS.contains(event.path("kind").asText())) {
                    spans.add(event.path("span").path("text").asText()
                            .toLowerCase(Locale.ROOT));
                }
            } else if (ANSWER_EVENT.equals(name)
                    && ANSWERED.contains(event.path("outcome").asText())) {
                answeredIds.add(id);
            }
        }
        answeredIds.retainAll(asked);
        return new ConversationTally(asked.size(), answeredIds.size(), List.copyOf(spans));
    }

    /**
     * Returns whether a question about a term was about {@code term}: its span and the term
     * overlap, as when the bot asks about "Service Mesh" or only "Mesh" of it.
     */
    public boolean askedAbout(String term) {
        String wanted = term.toLowerCase(Locale.ROOT);
        return askedAbout.stream().anyMatch(span -> !span.isBlank()
                && (wanted.contains(span) || span.contains(wanted)));
    }

    /** Returns whether the bot's reply texts explain a term from its knowledge memory. */
    public static boolean explainedFromMemory(List<String> replyTexts) {
        return replyTexts.stream().anyMatch(t -> t != null && t.contains(FROM_MEMORY));
    }
}
