package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.Provenance;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The provenance of a stored item, as columns of the item's own table. */
@Embeddable
public class ProvenanceColumns {

    @Column(name = "taught_by", length = 512)
    public String sender;

    @Column(name = "conversation_id", length = 512)
    public String conversationId;

    @Column(name = "turn_index")
    public int turn;

    @Column(name = "mode", length = 32)
    public String mode;

    @Column(name = "taught_at", nullable = false)
    public Instant time;

    public static ProvenanceColumns of(Provenance provenance) {
        ProvenanceColumns columns = new ProvenanceColumns();
        columns.sender = provenance.sender();
        columns.conversationId = provenance.conversationId();
        columns.turn = provenance.turn();
        columns.mode = provenance.mode();
        Instant time = provenance.time() == null ? Instant.now() : provenance.time();
        // H2 and PostgreSQL keep microseconds; truncating here makes a returned item equal to
        // the same item read back.
        columns.time = time.truncatedTo(ChronoUnit.MICROS);
        return columns;
    }

    public Provenance toProvenance() {
        return new Provenance(sender, conversationId, turn, mode, time);
    }
}
