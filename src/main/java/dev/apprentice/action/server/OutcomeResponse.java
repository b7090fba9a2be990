package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ClarifyOutcome} into the action-server reply: one message per reply, and a
 * {@code slot} event that sets {@value ClarifyOutcome#QUESTION_SLOT} to the pending question's
 * id, or to null when none waits. The slot event is left out when the request's domain does
 * not declare the slot, because Rasa 3.6 logs and ignores every event that sets an undeclared
 * slot. It is sent when the request carries no domain (selective domain), because nothing then
 * shows whether the slot exists.
 */
final class OutcomeResponse {

    private OutcomeResponse() {
    }

    static ActionServerResponse of(ClarifyOutcome outcome, ActionServerRequest request) {
        List<ObjectNode> events = List.of();
        if (!request.hasDomain() || request.domain().path("slots")
                .has(ClarifyOutcome.QUESTION_SLOT)) {
            JsonNode id = outcome.pendingQuestion().<JsonNode>map(TextNode::valueOf)
                    .orElse(NullNode.getInstance());
            events = List.of(ServerMessages.slotSet(ClarifyOutcome.QUESTION_SLOT, id));
        }
        return ActionServerResponse.of(events, messages(outcome.messages()));
    }

    static List<ObjectNode> messages(List<ServedReply> replies) {
        return replies.stream().map(OutcomeResponse::message).toList();
    }

    private static ObjectNode message(ServedReply reply) {
        Map<String, String> buttons = new LinkedHashMap<>();
        reply.buttons().forEach(button -> buttons.put(button.title(), button.payload()));
        return ServerMessages.message(reply.text(), buttons);
    }
}
