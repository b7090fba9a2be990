package dev.apprentice.processor;

import dev.apprentice.event.Event;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.List;

/** The events one call logged, and the tracker after them. */
public record TurnResult(List<Event> newEvents, DialogueStateTracker tracker) {

    public TurnResult {
        newEvents = List.copyOf(newEvents);
    }

    /** Returns the bot messages of this turn, in the order they were produced. */
    public List<Event> botEvents() {
        return newEvents.stream().filter(e -> e.is("bot")).toList();
    }
}
