package dev.apprentice.shell;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST channel's reply as the terminal shows it: one or more lines per message, and the
 * buttons of the reply as numbered choices whose payloads the user can send by number.
 *
 * @param lines the text to print
 * @param choices the button payloads; choice {@code n} is {@code choices.get(n - 1)}
 */
public record ShellReply(List<String> lines, List<String> choices) {

    /** Formats the JSON array {@code POST /webhooks/rest/webhook} returns. */
    public static ShellReply of(JsonNode messages) {
        List<String> lines = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        for (JsonNode message : messages) {
            if (message.hasNonNull("text")) {
                lines.add(message.get("text").asText());
            }
            for (JsonNode button : message.path("buttons")) {
                choices.add(button.path("payload").asText());
                lines.add("  " + choices.size() + ": " + button.path("title").asText()
                        + " (" + button.path("payload").asText() + ")");
            }
            if (message.hasNonNull("image")) {
                lines.add("Image: " + message.get("image").asText());
            }
            if (message.hasNonNull("attachment")) {
                lines.add("Attachment: " + message.get("attachment"));
            }
            if (message.hasNonNull("custom")) {
                lines.add("Custom: " + message.get("custom"));
            }
        }
        return new ShellReply(List.copyOf(lines), List.copyOf(choices));
    }

    /** Returns the payload a numbered answer picks, or the input itself when it picks none. */
    public String resolve(String input) {
        String trimmed = input.strip();
        if (trimmed.matches("\\d{1,3}")) {
            int choice = Integer.parseInt(trimmed);
            if (choice >= 1 && choice <= choices.size()) {
                return choices.get(choice - 1);
            }
        }
        return input;
    }
}
