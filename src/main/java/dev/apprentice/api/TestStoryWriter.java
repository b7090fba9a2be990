package dev.apprentice.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.apprentice.domain.Domain;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.tracker.DialogueStateTracker;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes a conversation as Rasa test stories in YAML ({@code version: "3.1"}, a {@code stories}
 * list), as {@code GET /conversations/{id}/story} returns them. A user turn becomes an
 * {@code intent} step with the {@code user} text, entities annotated inline; actions become
 * {@code action} steps (or {@code bot} for end-to-end text), slots {@code slot_was_set} and
 * loops {@code active_loop}. Listening and session starts are left out, as Rasa does.
 *
 * <p>Each session, and within it each part between restarts, is replayed on its own, so
 * {@code undo} and {@code rewind} remove what they undid, while a restart does not erase what
 * came before it from the story.
 */
final class TestStoryWriter {

    static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    private static final Set<String> HIDDEN_ACTIONS =
            Set.of("action_listen", "action_session_start", "action_unlikely_intent");

    /** A story's name and the events it is written from. */
    record NamedStory(String name, List<Event> events) {
    }

    private TestStoryWriter() {
    }

    /**
     * Returns the stories of a conversation: one named {@code conversationId} over all its
     * events, or with {@code perSession} one per session named "{@code <id>, story <n>}".
     * Sessions without events are left out when {@code perSession} is set.
     */
    static List<NamedStory> stories(String conversationId, List<Event> events,
            boolean perSession) {
        if (!perSession) {
            return List.of(new NamedStory(conversationId, events));
        }
        List<NamedStory> stories = new ArrayList<>();
        for (List<Event> session : splitSessions(events)) {
            stories.add(new NamedStory(conversationId + ", story " + (stories.size() + 1),
                    session));
        }
        return stories;
    }

    /** Splits events into sessions; each {@code action_session_start} begins a new one. */
    static List<List<Event>> splitSessions(List<Event> events) {
        List<List<Event>> sessions = new ArrayList<>();
        List<Event> current = new ArrayList<>();
        Event previous = null;
        for (Event event : events) {
            boolean startAction = event.is("action")
                    && "action_session_start".equals(event.name());
            boolean bareStart = event.is("session_started") && !isSessionStartAction(previous);
            if ((startAction || bareStart) && !current.isEmpty()) {
                sessions.add(current);
                current = new ArrayList<>();
            }
            current.add(event);
            previous = event;
        }
        if (!current.isEmpty()) {
            sessions.add(current);
        }
        return sessions;
    }

    /** Writes {@code stories} as one YAML document. */
    static String write(List<NamedStory> stories, Domain domain) {
        ObjectNode root = Json.object();
        root.put("version", "3.1");
        ArrayNode list = root.putArray("stories");
        for (NamedStory story : stories) {
            ObjectNode node = list.addObject();
            node.put("story", story.name());
            ArrayNode steps = node.putArray("steps");
            storyEvents(story.events(), domain).forEach(e -> addStep(e, steps));
        }
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the events still applied in each part between restarts, joined. */
    private static List<Event> storyEvents(List<Event> events, Domain domain) {
        List<Event> result = new ArrayList<>();
        List<Event> part = new ArrayList<>();
        for (Event event : events) {
            if (event.is("restart")) {
                result.addAll(applied(part, domain));
                part.clear();
            } else {
                part.add(event);
            }
        }
        result.addAll(applied(part, domain));
        return result;
    }

    private static List<Event> applied(List<Event> part, Domain domain) {
        return new DialogueStateTracker("", domain, part).appliedEvents();
    }

    private static void addStep(Event event, ArrayNode steps) {
        switch (event.type()) {
            case "user" -> addUserStep(event, steps);
            case "action" -> addActionStep(event, steps);
            case "slot" -> steps.addObject().putArray("slot_was_set").addObject()
                    .set(event.name(), event.get("value"));
            case "active_loop" -> steps.addObject().put("active_loop", event.name());
            default -> {
                // Bot messages, featurization flags and the rest are not story steps.
            }
        }
    }

    private static void addUserStep(Event event, ArrayNode steps) {
        JsonNode parse = event.get("parse_data");
        String intent = Json.text(parse.path("intent"), "name");
        ObjectNode step = steps.addObject();
        if (intent != null) {
            step.put("intent", intent);
        }
        if (event.text() != null) {
            step.put("user", annotate(event.text(), parse.path("entities")));
        }
        if (step.isEmpty()) {
            steps.remove(steps.size() - 1);
        }
    }

    private static void addActionStep(Event event, ArrayNode steps) {
        String name = event.name();
        String text = Json.text(event.json(), "action_text");
        if (name == null && text != null) {
            steps.addObject().put("bot", text);
        } else if (name != null && !HIDDEN_ACTIONS.contains(name)) {
            steps.addObject().put("action", name);
        }
    }

    /**
     * Returns {@code text} with each entity that has a place in it written as Rasa's training
     * annotation: {@code [span](entity)} when the value is the span itself, else
     * {@code [span]{"entity": …, "value": …}}. Entities without a valid, non-overlapping span
     * are left out of the text.
     */
    static String annotate(String text, JsonNode entities) {
        List<JsonNode> placed = new ArrayList<>();
        int length = text.codePointCount(0, text.length());
        entities.forEach(e -> {
            int start = e.path("start").asInt(-1);
            int end = e.path("end").asInt(-1);
            if (e.path("start").isInt() && start >= 0 && end > start && end <= length) {
                placed.add(e);
            }
        });
        placed.sort(Comparator.comparingInt(e -> e.path("start").asInt()));
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (JsonNode entity : placed) {
            int start = entity.path("start").asInt();
            int end = entity.path("end").asInt();
            if (start < position) {
                continue;
            }
            out.append(slice(text, position, start));
            out.append(annotation(slice(text, start, end), entity));
            position = end;
        }
        out.append(slice(text, position, length));
        return out.toString();
    }

    private static String annotation(String span, JsonNode entity) {
        String name = entity.path("entity").asText();
        JsonNode value = entity.path("value");
        boolean plain = value.isTextual() && value.textValue().equals(span)
                && Json.text(entity, "role") == null && Json.text(entity, "group") == null;
        if (plain) {
            return "[" + span + "](" + name + ")";
        }
        StringBuilder json = new StringBuilder("{\"entity\": ").append(quote(name))
                .append(", \"value\": ").append(value.isMissingNode() ? "null" : value);
        for (String field : List.of("role", "group")) {
            String extra = Json.text(entity, field);
            if (extra != null) {
                json.append(", \"").append(field).append("\": ").append(quote(extra));
            }
        }
        return "[" + span + "]" + json.append('}');
    }

    private static String quote(String text) {
        return Json.array().add(text).get(0).toString();
    }

    /** Returns the code points {@code [from, to)} of {@code text}. */
    private static String slice(String text, int from, int to) {
        int begin = text.offsetByCodePoints(0, from);
        int finish = text.offsetByCodePoints(0, to);
        return text.substring(begin, finish);
    }

    private static boolean isSessionStartAction(Event event) {
        return event != null && event.is("action") && "action_session_start".equals(event.name());
    }
}
