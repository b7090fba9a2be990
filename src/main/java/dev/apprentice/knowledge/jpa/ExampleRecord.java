package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user message labelled with its intent. {@code applied} records whether the intent
 * classifier has already been updated with it, so that no example is learned twice.
 */
@Entity
@Table(name = "knowledge_example")
public class ExampleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "example_text", nullable = false, length = 10000)
    public String text;

    @Column(name = "text_key", nullable = false, length = 10000)
    public String textKey;

    @Column(nullable = false, length = 200)
    public String intent;

    @Column(nullable = false)
    public boolean applied;

    @Embedded
    public ProvenanceColumns provenance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewState review;
}
