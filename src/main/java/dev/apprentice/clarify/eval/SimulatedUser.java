package dev.apprentice.clarify.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * One scripted user: makes a request that names a glossary term, handles the bot's clarifying
 * questions, and later, in a second conversation, names the term again.
 *
 * <p>A cooperative user answers as a teacher would: a button other than "Skip" when the
 * question offers one, else the first sentence of the term's definition, and an example
 * sentence when asked for one. Its messages carry the teacher token, so what it teaches is
 * approved at once. An uncooperative user replies "never mind" to every question.
 */
final class SimulatedUser {

    /** Replies after the request before the user gives up on a conversation. */
    static final int MAX_REPLIES = 4;
    private static final String SKIP_TITLE = "Skip";

    private final WebhookClient client;
    private final String name;
    private final String mode;
    private final GlossaryTerm term;
    private final boolean cooperative;
    private final String teacherToken;
    /** The words the user last defined, which may be only part of the term's name. */
    private String definedSpan;

    SimulatedUser(WebhookClient client, String name, String mode, GlossaryTerm term,
            boolean cooperative, String teacherToken) {
        this.client = client;
        this.name = name;
        this.mode = mode;
        this.term = term;
        this.cooperative = cooperative;
        this.teacherToken = cooperative ? teacherToken : null;
    }

    /**
     * What one user's two conversations showed.
     *
     * @param first the tally of the conversation in which the term is met first
     * @param firstTurns user messages sent in that conversation
     * @param later the tally of the later conversation
     * @param explainedLater whether "what is" the term, or the part of it the user defined, was
     *     answered from memory at the end
     */
    record Outcome(ConversationTally first, int firstTurns, ConversationTally later,
            boolean explainedLater) {
    }

    boolean cooperative() {
        return cooperative;
    }

    GlossaryTerm term() {
        return term;
    }

    /**
     * Holds both conversations, {@code request} first and {@code laterRequest} after, then asks
     * "what is" the term from a third sender, so that only approved teaching can answer it.
     */
    Outcome run(String request, String laterRequest) throws IOException, InterruptedException {
        String firstSender = name;
        int turns = converse(firstSender, request);
        ConversationTally first = ConversationTally.of(client.events(firstSender));
        String probed = definedSpan == null ? term.name() : definedSpan;

        String laterSender = name + "-later";
        converse(laterSender, laterRequest);
        ConversationTally later = ConversationTally.of(client.events(laterSender));

        JsonNode explained = client.say(name + "-probe", "what is " + probed + "?", mode, null);
        return new Outcome(first, turns, later,
                ConversationTally.explainedFromMemory(WebhookClient.texts(explained)));
    }

    /** Sends {@code request} and replies to questions; returns the user messages sent. */
    private int converse(String sender, String request) throws IOException,
            InterruptedException {
        JsonNode replies = client.say(sender, request, mode, teacherToken);
        int turns = 1;
        for (int i = 0; i < MAX_REPLIES; i++) {
            JsonNode question = pendingQuestion(client.events(sender));
            if (question == null) {
                break;
            }
            replies = client.say(sender, reply(question, replies), mode, teacherToken);
            turns++;
        }
        return turns;
    }

    private String reply(JsonNode question, JsonNode replies) {
        if (!cooperative) {
            return "never mind";
        }
        String button = firstButton(replies);
        if (button != null) {
            return button;
        }
        String span = question.path("span").path("text").asText(term.name());
        if ("example".equals(question.path("stage").asText())) {
            return "we rely on the " + span + " every day";
        }
        definedSpan = span;
        return term.teaching(span);
    }

    /** Returns the payload of the first button other than "Skip", or null. */
    private static String firstButton(JsonNode replies) {
        for (JsonNode reply : replies) {
            for (JsonNode button : reply.path("buttons")) {
                if (!SKIP_TITLE.equals(button.path("title").asText())) {
                    return button.path("payload").asText();
                }
            }
        }
        return null;
    }

    /** Returns the latest question of {@code events} when no answer event followed it. */
    static JsonNode pendingQuestion(List<JsonNode> events) {
        JsonNode pending = null;
        for (JsonNode event : events) {
            String type = event.path("event").asText();
            if (ConversationTally.QUESTION_EVENT.equals(type)) {
                pending = event;
            } else if (ConversationTally.ANSWER_EVENT.equals(type) && pending != null
                    && pending.path("question_id").equals(event.path("question_id"))) {
                pending = null;
            }
        }
        return pending;
    }
}
