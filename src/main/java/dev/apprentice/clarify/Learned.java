package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;

/** Builds the events that record answers and what was learned from them. */
final class Learned {

    static final String EVENT = "apprentice_learned";

    private Learned() {
    }

    static Event answer(Question question, String outcome, String value, double ts) {
        ObjectNode fields = Json.object().put("question_id", question.id())
                .put("outcome", outcome).put("value", value);
        return Events.custom(ConversationView.ANSWER_EVENT, fields, ts);
    }

    static Event item(String item, ObjectNode fields, KnowledgeLearner.Stored stored,
            double ts) {
        ObjectNode all = fields.deepCopy().put("item", item);
        if (stored != null) {
            all.put("id", stored.id());
            all.put("review", stored.review().name().toLowerCase(java.util.Locale.ROOT));
        }
        return Events.custom(EVENT, all, ts);
    }
}
