package dev.apprentice.tracker.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.tracker.TrackerStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The tracker store over the configured database (H2 by default, PostgreSQL by configuration).
 * Each {@link #append} is one transaction, so a turn's events are stored whole or not at all.
 */
@ApplicationScoped
public class JpaTrackerStore implements TrackerStore {

    private final EventRepository repository;

    public JpaTrackerStore(EventRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Event> load(String senderId) {
        List<Event> events = new ArrayList<>();
        for (EventRecord record : repository.findBySender(senderId)) {
            events.add(Event.fromJson(parse(record), record.timestamp));
        }
        return events;
    }

    @Override
    @Transactional
    public void append(String senderId, List<Event> events) {
        int seq = repository.nextSeq(senderId);
        for (Event event : events) {
            repository.persist(toRecord(senderId, seq++, event));
        }
    }

    @Override
    @Transactional
    public void replace(String senderId, List<Event> events) {
        repository.deleteBySender(senderId);
        repository.flush();
        int seq = 0;
        for (Event event : events) {
            repository.persist(toRecord(senderId, seq++, event));
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String senderId) {
        return repository.existsForSender(senderId);
    }

    private static EventRecord toRecord(String senderId, int seq, Event event) {
        EventRecord record = new EventRecord();
        record.senderId = senderId;
        record.seq = seq;
        record.type = event.type();
        record.timestamp = event.timestamp();
        record.body = event.toString();
        return record;
    }

    private static JsonNode parse(EventRecord record) {
        try {
            return Json.MAPPER.readTree(record.body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + record.id + " of sender "
                    + record.senderId + " is not valid JSON", e);
        }
    }
}
