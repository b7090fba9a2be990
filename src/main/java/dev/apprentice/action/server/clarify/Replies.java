package dev.apprentice.action.server.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.server.ServedReply;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.List;

/** Turns the clarifier's {@code bot} events into the replies a served action sends. */
final class Replies {

    private Replies() {
    }

    static List<ServedReply> of(List<Event> botEvents) {
        List<ServedReply> replies = new ArrayList<>();
        for (Event event : botEvents) {
            List<ServedReply.Button> buttons = new ArrayList<>();
            for (JsonNode button : event.get("data").path("buttons")) {
                buttons.add(new ServedReply.Button(Json.text(button, "title"),
                        Json.text(button, "payload")));
            }
            replies.add(new ServedReply(event.text(), buttons));
        }
        return replies;
    }
}
