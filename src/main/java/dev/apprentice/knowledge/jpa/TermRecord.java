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
import jakarta.persistence.UniqueConstraint;

/**
 * A stored term. {@code nameKey} is the name in the form {@link Keys#of} gives, and is unique,
 * so that two spellings that differ only in case or spacing are one term.
 */
@Entity
@Table(name = "knowledge_term",
        uniqueConstraints = @UniqueConstraint(name = "uk_knowledge_term_name",
                columnNames = "name_key"))
public class TermRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Embedded
    public ProvenanceColumns provenance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewState review;
}
