package dev.apprentice.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message from a user as a channel received it. {@code outputChannel} is the channel name
 * Rasa's NLG filters response variations by ({@code collector} for the REST webhook);
 * {@code parseData}, when given, is used instead of running NLU.
 */
public record UserMessage(
        String senderId, String text, JsonNode metadata, String inputChannel,
        String outputChannel, ObjectNode parseData) {

    public static UserMessage rest(String senderId, String text, JsonNode metadata) {
        return new UserMessage(senderId, text, metadata, "rest", "collector", null);
    }
}
