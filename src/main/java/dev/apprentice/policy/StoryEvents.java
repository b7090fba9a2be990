package dev.apprentice.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.training.StoryStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the steps of a linear story into the events a live conversation would have logged, so
 * that stories and trackers are featurised by the same code. An {@code action_listen} is
 * inserted before each user turn and after the story's last action.
 */
final class StoryEvents {

    private StoryEvents() {
    }

    static List<Event> of(List<StoryStep> steps) {
        List<Event> events = new ArrayList<>();
        events.add(Events.action("action_listen", null, null, false, 0));
        String last = "action_listen";
        for (StoryStep step : steps) {
            if (step instanceof StoryStep.User user) {
                if (!"action_listen".equals(last)) {
                    events.add(Events.action("action_listen", null, null, false, 0));
                }
                events.add(userEvent(user));
                last = "user";
            } else if (step instanceof StoryStep.Action action) {
                events.add(actionEvent(action));
                last = action.name();
            } else if (step instanceof StoryStep.SlotWasSet set) {
                set.slots().forEach(s -> events.add(Events.slot(s.name(),
                        s.anyValue() ? TextNode.valueOf("set") : s.value(), 0)));
            } else if (step instanceof StoryStep.ActiveLoop loop) {
                events.add(Events.activeLoop(loop.name(), 0));
            }
        }
        if (!"action_listen".equals(last) && !"user".equals(last)) {
            events.add(Events.action("action_listen", null, null, false, 0));
        }
        return events;
    }

    private static Event actionEvent(StoryStep.Action action) {
        Event event = Events.action(action.name(), null, null, false, 0);
        if (action.botText() != null) {
            ObjectNode json = event.json();
            json.putNull("name");
            json.put("action_text", action.botText());
            return Event.fromJson(json, 0);
        }
        return event;
    }

    static Event userEvent(StoryStep.User user) {
        ObjectNode parse = Json.object();
        ObjectNode intent = parse.putObject("intent");
        intent.put("name", user.intent());
        ArrayNode entities = parse.putArray("entities");
        for (StoryStep.StepEntity e : user.entities()) {
            ObjectNode entity = entities.addObject();
            entity.put("entity", e.entity());
            entity.put("value", e.value());
        }
        parse.put("text", user.text());
        return Events.user(user.text(), parse, "story", null, null, 0);
    }
}
