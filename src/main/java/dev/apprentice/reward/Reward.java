package dev.apprentice.reward;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.event.Event;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.nlu.ParseResult;
import java.util.List;
import java.util.Optional;

/**
 * One rating of a bot message and the turn it belongs to.
 *
 * @param value +1 for thumbs up, -1 for thumbs down
 * @param response the response the message rendered ({@code utter_action}), or null
 * @param variation the index of the response's variation, or null
 * @param intent the intent of the user message the bot answered, or null
 * @param modelVersion the model that predicted that intent, or null
 */
public record Reward(String conversationId, double messageTimestamp, int value,
        String response, Integer variation, String intent, String modelVersion) {

    /**
     * Builds the reward of rating {@code value} ("up" or "down") for the bot message at
     * {@code messageTimestamp} among {@code events}; empty when there is no such message.
     */
    public static Optional<Reward> of(String conversationId, List<Event> events,
            double messageTimestamp, String value) {
        int at = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).is("bot") && events.get(i).timestamp() == messageTimestamp) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        JsonNode metadata = events.get(at).metadata();
        String response = text(metadata.get("utter_action"));
        JsonNode index = metadata.get(ResponseRenderer.VARIATION_KEY);
        Integer variation = index != null && index.isInt() ? index.asInt() : null;
        JsonNode parse = null;
        for (int i = at - 1; i >= 0 && parse == null; i--) {
            if (events.get(i).is("user")) {
                parse = events.get(i).get("parse_data");
            }
        }
        String intent = parse == null ? null : text(parse.path("intent").get("name"));
        String version = parse == null ? null : text(parse.get(ParseResult.MODEL_VERSION));
        return Optional.of(new Reward(conversationId, messageTimestamp,
                "up".equals(value) ? 1 : -1, response, variation, intent, version));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
