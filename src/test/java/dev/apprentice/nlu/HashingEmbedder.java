package dev.apprentice.nlu;

/**
 * A fast stand-in for the sentence model: hashed lower-case words, scaled to unit length. Texts
 * that share words get similar vectors, which is all the engine tests need.
 */
final class HashingEmbedder implements SentenceEmbedder {

    private static final int DIMENSION = 64;

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        for (String word : Tokenizer.words(text)) {
            vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
        }
        return MiniLmEmbedder.normalise(vector);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
