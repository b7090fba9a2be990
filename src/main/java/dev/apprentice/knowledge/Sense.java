package dev.apprentice.knowledge;

import java.util.List;

/** One meaning of a term: a gloss, example sentences, and who taught it. */
public record Sense(
        long id, String gloss, List<String> examples, Provenance provenance,
        ReviewState review) {

    public Sense {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
