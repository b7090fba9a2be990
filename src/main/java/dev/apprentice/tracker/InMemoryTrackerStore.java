package dev.apprentice.tracker;

import dev.apprentice.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A tracker store in memory, for tests and tools that need no database. */
public final class InMemoryTrackerStore implements TrackerStore {

    private final Map<String, List<Event>> conversations = new ConcurrentHashMap<>();

    @Override
    public List<Event> load(String senderId) {
        List<Event> events = conversations.get(senderId);
        return events == null ? List.of() : List.copyOf(events);
    }

    @Override
    public void append(String senderId, List<Event> events) {
        conversations.compute(senderId, (id, existing) -> {
            List<Event> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
            all.addAll(events);
            return all;
        });
    }

    @Override
    public void replace(String senderId, List<Event> events) {
        conversations.put(senderId, new ArrayList<>(events));
    }

    @Override
    public boolean exists(String senderId) {
        return conversations.containsKey(senderId);
    }
}
