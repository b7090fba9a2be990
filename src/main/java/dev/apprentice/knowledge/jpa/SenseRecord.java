package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One meaning of a term. The embedding is the sentence vector of the term's name, the gloss and
 * the examples, stored as little-endian IEEE 754 floats (see {@link Vectors}); it is derived
 * data and is computed again whenever the gloss or the examples change.
 */
@Entity
@Table(name = "knowledge_sense")
public class SenseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    public TermRecord term;

    @Lob
    @Column(nullable = false)
    public String gloss;

    @Column(name = "gloss_key", nullable = false, length = 64)
    public String glossKey;

    @Lob
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> examples = new ArrayList<>();

    @Column(length = 8192)
    public byte[] embedding;

    @Embedded
    public ProvenanceColumns provenance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewState review;
}
