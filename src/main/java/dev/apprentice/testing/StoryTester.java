package dev.apprentice.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.training.Story;
import dev.apprentice.training.StoryStep;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs test stories the way {@code rasa test} evaluates them. For each user step the text's
 * intent is predicted and compared, then the story's own intent and entities are logged, so an
 * NLU error does not spill into the dialogue check. For each action step the predicted action is
 * compared, then the story's action is logged; the story's slot and loop steps are logged as
 * events. The bot's actions are never run, so a form's questions need not appear in the story.
 */
public final class StoryTester {

    private final StoryClient client;

    public StoryTester(StoryClient client) {
        this.client = client;
    }

    public List<StoryResult> runAll(List<Story> stories) {
        return stories.stream().map(this::run).toList();
    }

    public StoryResult run(Story story) {
        String sender = "test-" + UUID.randomUUID().toString().replace("-", "");
        List<StoryResult.Failure> failures = new ArrayList<>();
        boolean lastWasAction = false;
        String activeLoop = null;
        int stepNumber = 0;
        for (StoryStep step : story.steps()) {
            stepNumber++;
            if (step instanceof StoryStep.User user) {
                if (lastWasAction) {
                    expectAction(sender, "action_listen", activeLoop, stepNumber, failures);
                }
                runUser(sender, user, stepNumber, failures);
                lastWasAction = false;
            } else if (step instanceof StoryStep.Action action) {
                String expected = action.name() != null ? action.name() : action.botText();
                expectAction(sender, expected, activeLoop, stepNumber, failures);
                lastWasAction = true;
            } else if (step instanceof StoryStep.SlotWasSet slots) {
                List<Event> events = new ArrayList<>();
                slots.slots().forEach(s -> events.add(Events.slot(s.name(), s.value(), 0)));
                client.append(sender, events);
            } else if (step instanceof StoryStep.ActiveLoop loop) {
                client.append(sender, List.of(Events.activeLoop(loop.name(), 0)));
                activeLoop = loop.name();
            }
        }
        return new StoryResult(story.name(), story.source(), failures);
    }

    private void runUser(String sender, StoryStep.User user, int step,
            List<StoryResult.Failure> failures) {
        String text = user.text() != null ? user.text().strip() : shortcut(user);
        if (user.text() != null && user.intent() != null) {
            String predicted = client.parseIntent(text);
            if (!user.intent().equals(predicted)) {
                failures.add(new StoryResult.Failure(StoryResult.Kind.INTENT, step,
                        "expected intent " + user.intent() + " for \"" + text
                                + "\" but NLU predicted " + predicted));
            }
        }
        client.addMessage(sender, text, parseData(user, text));
    }

    /**
     * Checks the next prediction. When the policies predict the active loop but the story
     * expects something else, the loop is taken to reject the message, as it would when run,
     * and the prediction is made again.
     */
    private void expectAction(String sender, String expected, String activeLoop, int step,
            List<StoryResult.Failure> failures) {
        String predicted = client.predict(sender);
        if (predicted != null && predicted.equals(activeLoop) && !predicted.equals(expected)) {
            client.append(sender, List.of(
                    Events.actionExecutionRejected(activeLoop, "story", 1.0, 0)));
            predicted = client.predict(sender);
        }
        if (!expected.equals(predicted)) {
            failures.add(new StoryResult.Failure(StoryResult.Kind.ACTION, step,
                    "expected action " + expected + " but predicted " + predicted));
        }
        Event gold = Events.action(expected, "story", 1.0, false, 0);
        client.append(sender, List.of(gold));
    }

    private static ObjectNode parseData(StoryStep.User user, String text) {
        ObjectNode parse = Json.object();
        parse.put("text", text);
        ObjectNode intent = parse.putObject("intent");
        intent.put("name", user.intent());
        intent.put("confidence", 1.0);
        ArrayNode entities = parse.putArray("entities");
        for (StoryStep.StepEntity e : user.entities()) {
            ObjectNode entity = entities.addObject().put("entity", e.entity());
            entity.put("value", e.value());
            if (e.start() >= 0) {
                entity.put("start", e.start()).put("end", e.end());
            }
            if (e.role() != null) {
                entity.put("role", e.role());
            }
            if (e.group() != null) {
                entity.put("group", e.group());
            }
        }
        parse.putArray("intent_ranking").addObject()
                .put("name", user.intent()).put("confidence", 1.0);
        return parse;
    }

    private static String shortcut(StoryStep.User user) {
        if (user.entities().isEmpty()) {
            return "/" + user.intent();
        }
        ObjectNode entities = Json.object();
        user.entities().forEach(e -> entities.put(e.entity(), e.value()));
        return "/" + user.intent() + entities;
    }
}
