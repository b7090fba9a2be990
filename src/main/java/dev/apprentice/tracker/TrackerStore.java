package dev.apprentice.tracker;

import dev.apprentice.event.Event;
import java.util.List;

/**
 * Where conversations are kept, as their event lists. The processor calls {@link #append} once per
 * turn with all the turn's events, and an implementation must store them all or none.
 */
public interface TrackerStore {

    /** Returns the conversation's events in order; an unknown sender has none. */
    List<Event> load(String senderId);

    void append(String senderId, List<Event> events);

    /** Replaces the conversation's events with {@code events}, as one change. */
    void replace(String senderId, List<Event> events);

    boolean exists(String senderId);
}
