package dev.apprentice.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.event.Event;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * What an action may use while it runs: the renderer for domain responses, the name of the output
 * channel (Rasa's NLG filters variations by it: {@code collector} for the REST webhook), the
 * clock in seconds since the epoch, and the metadata of the message that started the turn.
 */
public record ActionContext(
        ResponseRenderer renderer, String outputChannel, DoubleSupplier clock,
        JsonNode messageMetadata) {

    public double now() {
        return clock.getAsDouble();
    }

    /** Renders response {@code name} with the tracker's slots, if the domain has it. */
    public Optional<Event> utter(String name, DialogueStateTracker tracker) {
        return renderer.render(name, tracker.slots(), outputChannel, Map.of(), now());
    }
}
