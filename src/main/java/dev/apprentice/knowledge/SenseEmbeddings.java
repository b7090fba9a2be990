package dev.apprentice.knowledge;

import dev.apprentice.knowledge.jpa.SenseRecord;
import dev.apprentice.knowledge.jpa.Vectors;
import dev.apprentice.nlu.SentenceEmbedder;
import java.util.List;

/**
 * Computes the embeddings of senses and compares them with texts. A sense is embedded as its
 * term's name, its gloss and its examples in one text, so that a message that names the term or
 * reads like one of the examples lies close to the sense.
 */
final class SenseEmbeddings {

    private final SentenceEmbedder embedder;

    SenseEmbeddings(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    float[] embed(String text) {
        return embedder.embed(text);
    }

    void update(SenseRecord sense) {
        sense.embedding = Vectors.toBytes(embedder.embed(text(sense)));
    }

    /** Embeds several senses in one batch, which is much faster than one at a time. */
    void updateAll(List<SenseRecord> senses) {
        List<float[]> vectors = embedder.embedAll(senses.stream().map(SenseEmbeddings::text)
                .toList());
        for (int i = 0; i < senses.size(); i++) {
            senses.get(i).embedding = Vectors.toBytes(vectors.get(i));
        }
    }

    /**
     * Returns the cosine similarity of {@code query} and the sense's stored embedding, or
     * {@link Double#NaN} when the sense has none of the query's length (stored by another
     * embedding model), so the caller can skip it.
     */
    static double cosine(float[] query, SenseRecord sense) {
        float[] vector = Vectors.fromBytes(sense.embedding);
        if (vector.length != query.length || vector.length == 0) {
            return Double.NaN;
        }
        double dot = 0;
        double queryNorm = 0;
        double senseNorm = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += query[i] * vector[i];
            queryNorm += query[i] * query[i];
            senseNorm += vector[i] * vector[i];
        }
        if (queryNorm == 0 || senseNorm == 0) {
            return 0;
        }
        return dot / Math.sqrt(queryNorm * senseNorm);
    }

    static String text(SenseRecord sense) {
        StringBuilder text = new StringBuilder(sense.term.name).append(": ").append(sense.gloss);
        for (String example : sense.examples) {
            text.append(' ').append(example);
        }
        return text.toString();
    }
}
