package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.action.remote.Fixtures;
import dev.apprentice.testsupport.JsonSchemaSubset;
import java.util.List;

/** The Rasa fixtures and the test actions of rasa-sdk's own endpoint tests. */
final class ServerFixtures {

    private ServerFixtures() {
    }

    static JsonNode read(String name) {
        return Fixtures.read(name);
    }

    /** Returns the schema problems of {@code events}; empty means Rasa accepts them. */
    static List<String> schemaProblems(JsonNode events) {
        return JsonSchemaSubset.validate(read("events.schema.json"), events);
    }

    /**
     * Registers Apprentice's actions, with ports that find nothing to clarify or explain, and
     * the actions rasa-sdk's endpoint tests call, with the same results.
     */
    static ServedActionRegistry sdkTestActions() {
        return ServedActions.create(request -> ClarifyOutcome.nothing(), NOTHING_KNOWN)
                .register(action("custom_action", request -> slots("test", "bar")))
                .register(action("custom_async_action",
                        request -> slots("test", "foo", "test2", "boo")))
                .register(action("custom_action_exception", request -> {
                    throw new IllegalStateException("test exception");
                }));
    }

    /** A memory that contains no term and has no question waiting. */
    static final KnowledgePort NOTHING_KNOWN = new KnowledgePort() {
        @Override
        public List<String> explain(String term, String conversationId) {
            return List.of();
        }

        @Override
        public ClarifyOutcome learnFromAnswer(ActionServerRequest request) {
            return ClarifyOutcome.nothing();
        }
    };

    static ServedAction action(String name,
            java.util.function.Function<ActionServerRequest, ActionServerResponse> body) {
        return new ServedAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ActionServerResponse run(ActionServerRequest request) {
                return body.apply(request);
            }
        };
    }

    private static ActionServerResponse slots(String... namesAndValues) {
        List<com.fasterxml.jackson.databind.node.ObjectNode> events = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            events.add(ServerMessages.slotSet(namesAndValues[i],
                    TextNode.valueOf(namesAndValues[i + 1])));
        }
        return ActionServerResponse.of(events, List.of());
    }
}
