package dev.apprentice.reward.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's rating of one bot message: +1 for thumbs up, -1 for thumbs down, with the response
 * and variation that was sent and the intent and model version of the user message it answered.
 */
@Entity
@Table(name = "apprentice_reward")
public class RewardRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conversation_id", nullable = false, length = 512)
    public String conversationId;

    @Column(name = "message_timestamp", nullable = false)
    public double messageTimestamp;

    @Column(name = "reward_value", nullable = false)
    public int value;

    @Column(length = 200)
    public String response;

    /** The variation's index in the domain's list; null when the message was no response. */
    public Integer variation;

    @Column(length = 200)
    public String intent;

    @Column(name = "model_version", length = 64)
    public String modelVersion;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;
}
