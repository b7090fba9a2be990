package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.ReviewState;
import java.util.List;

/**
 * What the clarification engine writes to the knowledge memory when a user teaches it. The
 * message's metadata goes along, because it may mark the sender as a trusted teacher, which
 * decides whether the item is approved at once.
 */
public interface KnowledgeLearner {

    /** A stored item's id and the review state it was stored in. */
    record Stored(long id, ReviewState review) {
    }

    /** Stores a sense of {@code term}, creating the term if it is new. */
    Stored teachSense(String term, String gloss, List<String> examples, Provenance provenance,
            JsonNode metadata);

    void addSenseExample(long senseId, String example, Provenance provenance);

    Stored addAlias(String term, String alias, Provenance provenance, JsonNode metadata);

    /** Stores the fact "subject relation object", such as "Orbix" "runs on" "Kestrel". */
    Stored teachFact(String subject, String relation, String object, Provenance provenance,
            JsonNode metadata);

    Stored addLabelledExample(String text, String intent, Provenance provenance,
            JsonNode metadata);

    /** Returns whether teaching from this sender is approved at once. */
    boolean isTrusted(String sender, JsonNode metadata);
}
