package dev.apprentice.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.clarify.UncertainIntentDetector;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.nlg.ResponseRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about a queued message, put to a teacher inside a conversation: "Earlier someone
 * wrote '…': did they mean A or B?". It is logged as an {@code apprentice_queue_question} event
 * followed by the bot message, whose buttons send {@code /label <intent>}, {@code /label neither}
 * and {@code /label skip}.
 *
 * @param itemId the queue item asked about
 * @param text the queued message
 * @param options the intents offered, most probable first
 */
public record QueueQuestion(long itemId, String text, List<String> options) {

    /** The event type of a question. */
    public static final String EVENT = "apprentice_queue_question";
    static final String NEITHER = "neither";
    static final String SKIP = "skip";

    private static final Pattern LABEL = Pattern.compile("^/label\\s+(\\S+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NEITHER_WORDS = List.of(NEITHER, "none",
            "none of them", "neither of them");
    private static final List<String> SKIP_WORDS = List.of(SKIP, "pass", "later",
            "don't know", "i don't know");

    public QueueQuestion {
        options = List.copyOf(options);
    }

    /** The answer a teacher gave: an intent, neither option, or skip. */
    public sealed interface Reply {
        /** The teacher chose {@code intent}. */
        record Chosen(String intent) implements Reply {
        }

        /** None of the options fits. */
        record Neither() implements Reply {
        }

        /** The teacher would rather not answer. */
        record Skip() implements Reply {
        }
    }

    /** Returns the events that ask the question: the question event, then the bot message. */
    public List<Event> events(double ts) {
        ObjectNode fields = Json.object().put("item", itemId).put("text", text);
        ArrayNode intents = fields.putArray("options");
        options.forEach(intents::add);
        ObjectNode content = Json.object().put("text", wording());
        ArrayNode buttons = content.putArray("buttons");
        for (String option : options) {
            buttons.addObject().put("title", UncertainIntentDetector.readable(option))
                    .put("payload", "/label " + option);
        }
        buttons.addObject().put("title", NEITHER).put("payload", "/label " + NEITHER);
        buttons.addObject().put("title", SKIP).put("payload", "/label " + SKIP);
        return List.of(Events.custom(EVENT, fields, ts),
                ResponseRenderer.toEvent(null, content, Map.of(), ts));
    }

    String wording() {
        List<String> labels = options.stream().map(UncertainIntentDetector::readable).toList();
        String choice = labels.size() < 2 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or "
                        + labels.get(labels.size() - 1);
        return "Earlier someone wrote \"" + text + "\": did they mean " + choice + "?";
    }

    /**
     * Reads a reply: a button payload, the letter of an option in order ("A", "B"), an option's
     * intent or readable name, or words for neither or skip. Returns empty for anything else,
     * which is a new request rather than an answer.
     */
    public Optional<Reply> read(String reply) {
        String text = reply == null ? "" : reply.strip();
        Matcher payload = LABEL.matcher(text);
        if (payload.matches()) {
            text = payload.group(1);
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        if (NEITHER_WORDS.contains(lower)) {
            return Optional.of(new Reply.Neither());
        }
        if (SKIP_WORDS.contains(lower)) {
            return Optional.of(new Reply.Skip());
        }
        if (lower.length() == 1 && lower.charAt(0) >= 'a'
                && lower.charAt(0) < 'a' + options.size()) {
            return Optional.of(new Reply.Chosen(options.get(lower.charAt(0) - 'a')));
        }
        for (String option : options) {
            if (option.equalsIgnoreCase(lower)
                    || UncertainIntentDetector.readable(option).equals(lower)) {
                return Optional.of(new Reply.Chosen(option));
            }
        }
        // A payload may name any intent of the domain, not only the options offered.
        return payload.matches() ? Optional.of(new Reply.Chosen(text)) : Optional.empty();
    }

    /**
     * Returns the question still waiting for an answer: one logged after the latest user
     * message. Call it before the new message is logged.
     */
    public static Optional<QueueQuestion> pending(List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event event = events.get(i);
            if (event.is("user")) {
                return Optional.empty();
            }
            if (event.is(EVENT)) {
                return Optional.of(fromEvent(event));
            }
        }
        return Optional.empty();
    }

    static QueueQuestion fromEvent(Event event) {
        List<String> options = new ArrayList<>();
        JsonNode array = event.get("options");
        if (array != null) {
            array.forEach(o -> options.add(o.asText()));
        }
        return new QueueQuestion(event.get("item").asLong(), event.get("text").asText(),
                options);
    }
}
