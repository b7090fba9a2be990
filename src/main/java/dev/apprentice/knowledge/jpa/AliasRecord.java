package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Another name of a term. One alias may belong to several terms ("CD" for continuous delivery
 * and continuous deployment). The same alias of one term may be stored more than once while
 * pending, once per conversation that taught it, until a reviewer decides.
 */
@Entity
@Table(name = "knowledge_alias",
        indexes = @Index(name = "idx_knowledge_alias_key", columnList = "alias_key"))
public class AliasRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    public TermRecord term;

    @Column(nullable = false, length = 200)
    public String alias;

    @Column(name = "alias_key", nullable = false, length = 200)
    public String aliasKey;

    @Embedded
    public ProvenanceColumns provenance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewState review;
}
