package dev.apprentice.tracker.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One stored tracker event. The JSON is the event itself; type and timestamp are copied out so
 * that the database can be queried without parsing it.
 */
@Entity
@Table(name = "tracker_event", indexes = @Index(name = "idx_tracker_event_sender",
        columnList = "sender_id, seq"))
public class EventRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sender_id", nullable = false, length = 512)
    public String senderId;

    @Column(nullable = false)
    public int seq;

    @Column(name = "event_type", nullable = false, length = 64)
    public String type;

    @Column(name = "event_time", nullable = false)
    public double timestamp;

    @Lob
    @Column(nullable = false)
    public String body;
}
