package dev.apprentice.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a sentence to a fixed-length vector of unit length, so that sentences of similar meaning
 * lie close together. Implementations are thread-safe. The returned arrays may be shared with a
 * cache, so callers must not modify them.
 */
public interface SentenceEmbedder {

    /** Embeds one text. A blank text gives the zero vector. */
    float[] embed(String text);

    /**
     * Embeds several texts, in order. Implementations may batch the work; the default embeds one
     * text at a time.
     */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** The length of every vector this embedder returns. */
    int dimension();
}
