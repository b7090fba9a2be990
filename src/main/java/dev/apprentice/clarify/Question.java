package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A clarifying question the bot asked and waits on, stored on the tracker as an
 * {@code apprentice_question} event. It keeps the message it was asked about, so that once the
 * user answers, that message is understood again with the answer applied. {@code stage} is
 * {@code ask} for the first question and {@code example} when a teacher is asked for an example
 * after giving a definition.
 */
public record Question(
        String id, DoubtKind kind, Span span, List<DoubtOption> options, Mode mode,
        String stage, String explanation, Original original) {

    public static final String EVENT = "apprentice_question";
    public static final String STAGE_ASK = "ask";
    public static final String STAGE_EXAMPLE = "example";

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The user message a question was asked about. */
    public record Original(String text, ObjectNode parseData, JsonNode metadata,
            String inputChannel) {
    }

    /** Creates a first question, with a new id, about {@code doubt} in {@code original}. */
    public static Question about(Doubt doubt, Mode mode, Original original) {
        return new Question(java.util.UUID.randomUUID().toString().replace("-", ""),
                doubt.kind(), doubt.span(), doubt.options(), mode, STAGE_ASK,
                doubt.explanation(), original);
    }

    /** Returns the {@code apprentice_question} event that stores this question. */
    public dev.apprentice.event.Event toEvent(double ts) {
        return dev.apprentice.event.Events.custom(EVENT, toFields(), ts);
    }

    public ObjectNode toFields() {
        ObjectNode node = Json.object();
        node.put("question_id", id);
        node.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        node.set("span", Json.object().put("start", span.start()).put("end", span.end())
                .put("text", span.text()));
        ArrayNode array = node.putArray("options");
        options.forEach(o -> array.addObject().put("value", o.value()).put("label", o.label()));
        node.put("mode", mode.id());
        node.put("stage", stage);
        node.put("explanation", explanation);
        ObjectNode originalNode = node.putObject("original");
        originalNode.put("text", original.text());
        originalNode.set("parse_data", original.parseData());
        originalNode.set("metadata", original.metadata());
        originalNode.put("input_channel", original.inputChannel());
        return node;
    }

    public static Question fromJson(JsonNode node) {
        JsonNode span = node.path("span");
        List<DoubtOption> options = new ArrayList<>();
        node.path("options").forEach(o -> options.add(
                new DoubtOption(o.path("value").asText(), o.path("label").asText())));
        JsonNode original = node.path("original");
        JsonNode parse = original.path("parse_data");
        return new Question(
                node.path("question_id").asText(),
                DoubtKind.valueOf(node.path("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                new Span(span.path("start").asInt(), span.path("end").asInt(),
                        span.path("text").asText()),
                options,
                Mode.parse(node.path("mode").asText()).orElse(Mode.PARTNER),
                node.path("stage").asText(STAGE_ASK),
                node.path("explanation").asText(""),
                new Original(original.path("text").asText(),
                        parse.isObject() ? (ObjectNode) parse.deepCopy() : Json.object(),
                        original.path("metadata").isObject() ? original.get("metadata")
                                : Json.object(),
                        Json.text(original, "input_channel")));
    }

    public Question withStage(String newStage) {
        return new Question(id, kind, span, options, mode, newStage, explanation, original);
    }
}
