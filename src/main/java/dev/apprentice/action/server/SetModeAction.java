package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code action_set_mode}: sets the slot {@code mode} to {@code teacher}, {@code partner} or
 * {@code assistant}. The mode is read from the latest user message: its first {@code mode}
 * entity, else text of the form {@code /mode partner}, else {@code metadata.mode}. A missing or
 * unknown mode sets nothing and replies with the modes to choose from.
 */
final class SetModeAction implements ServedAction {

    static final String NAME = "action_set_mode";
    static final List<String> MODES = List.of("teacher", "partner", "assistant");
    private static final Pattern MODE_COMMAND =
            Pattern.compile("^\\s*/mode\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ActionServerResponse run(ActionServerRequest request) {
        String requested = requestedMode(request.latestMessage());
        if (requested == null) {
            return reply("Which mode do you want: teacher, partner or assistant?");
        }
        String mode = requested.strip().toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            return reply("\"" + requested + "\" is not a mode. Choose teacher, partner or"
                    + " assistant.");
        }
        return ActionServerResponse.of(
                List.of(ServerMessages.slotSet("mode", TextNode.valueOf(mode))), List.of());
    }

    private static ActionServerResponse reply(String text) {
        return ActionServerResponse.of(List.of(), List.of(ServerMessages.text(text)));
    }

    /** Returns the mode the message requests, or null when it names none. */
    static String requestedMode(JsonNode message) {
        for (JsonNode entity : message.path("entities")) {
            if ("mode".equals(Json.text(entity, "entity")) && entity.path("value").isTextual()) {
                return entity.path("value").textValue();
            }
        }
        String text = Json.text(message, "text");
        if (text != null) {
            Matcher matcher = MODE_COMMAND.matcher(text);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        JsonNode metadata = message.path("metadata").path("mode");
        return metadata.isTextual() ? metadata.textValue() : null;
    }
}
