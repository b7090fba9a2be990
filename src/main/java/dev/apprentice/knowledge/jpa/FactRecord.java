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
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A stored (subject, relation, object) statement; the keys make lookups case-insensitive. */
@Entity
@Table(name = "knowledge_fact",
        indexes = @Index(name = "idx_knowledge_fact_subject", columnList = "subject_key"))
public class FactRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String subject;

    @Column(name = "subject_key", nullable = false, length = 200)
    public String subjectKey;

    @Column(nullable = false, length = 200)
    public String relation;

    @Column(name = "relation_key", nullable = false, length = 200)
    public String relationKey;

    @Column(name = "fact_object", nullable = false, length = 1000)
    public String object;

    @Column(name = "object_key", nullable = false, length = 1000)
    public String objectKey;

    @Embedded
    public ProvenanceColumns provenance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewState review;
}
