package dev.apprentice.clarify;

import dev.apprentice.nlu.SentenceEmbedder;
import dev.apprentice.nlu.Tokenizer;

/**
 * A stand-in for the sentence model: one dimension per hashed lower-case word, scaled to unit
 * length, so texts that share words are similar and texts that share none are orthogonal.
 */
final class WordHashEmbedder implements SentenceEmbedder {

    private static final int DIMENSION = 512;

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        for (String word : Tokenizer.words(text)) {
            vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm > 0) {
            for (int i = 0; i < DIMENSION; i++) {
                vector[i] /= (float) Math.sqrt(norm);
            }
        }
        return vector;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
