package dev.apprentice.review.jpa;

import dev.apprentice.review.QueueState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user message waiting for, or given, an intent label. {@code topIntents} is the JSON array of
 * the {@code {name, confidence}} pairs the model with {@code modelVersion} predicted when the
 * message arrived; ranking scores the message again with the current model.
 */
@Entity
@Table(name = "review_queue_item", indexes = @Index(columnList = "text_key"))
public class QueueItemRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_text", nullable = false, length = 10000)
    public String text;

    @Column(name = "text_key", nullable = false, length = 10000)
    public String textKey;

    @Column(length = 512)
    public String sender;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The message's origin: {@code live} or {@code import}. */
    @Column(nullable = false, length = 16)
    public String source;

    @Column(name = "predicted_intent", length = 200)
    public String predictedIntent;

    public double confidence;

    @Column(name = "top_intents", length = 4000)
    public String topIntents;

    @Column(name = "model_version", length = 64)
    public String modelVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public QueueState state;

    @Column(length = 200)
    public String label;

    @Column(name = "labelled_by", length = 512)
    public String labelledBy;

    @Column(name = "labelled_at")
    public Instant labelledAt;

    /** The stored labelled example the label became, once labelled. */
    @Column(name = "example_id")
    public Long exampleId;
}
