package dev.apprentice.nlu;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Embeds sentences with all-MiniLM-L6-v2 (384 dimensions), run in process through LangChain4j's
 * ONNX runtime; the model ships inside its jar, so no network is needed. The model loads on the
 * first embedding (about a second), which {@link #warmUp()} lets a caller do at start.
 *
 * <p>Vectors are scaled to unit length and cached by exact text in a least-recently-used map of
 * {@code cacheSize} entries. Cached arrays are returned as they are, so callers must not modify
 * them.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    public static final int DIMENSION = 384;
    public static final int DEFAULT_CACHE_SIZE = 20_000;

    private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class);

    private final Map<String, float[]> cache;
    private volatile EmbeddingModel model;

    public MiniLmEmbedder() {
        this(DEFAULT_CACHE_SIZE);
    }

    public MiniLmEmbedder(int cacheSize) {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be >= 0, was " + cacheSize);
        }
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** Loads the model and embeds one sentence, so that the first real request is not slow. */
    public void warmUp() {
        long started = System.nanoTime();
        model().embed("warm up");
        LOG.debugf("embedder.warm_up millis=%d", (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public float[] embed(String text) {
        if (!hasVisibleText(text)) {
            return new float[DIMENSION];
        }
        float[] cached = cached(text);
        if (cached != null) {
            return cached;
        }
        return store(text, normalise(model().embed(text).content().vector()));
    }

    /** Embeds the texts that are not cached in one batch, which the model runs in parallel. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        Set<String> missing = new LinkedHashSet<>();
        for (String text : texts) {
            if (hasVisibleText(text) && cached(text) == null) {
                missing.add(text);
            }
        }
        Map<String, float[]> fresh = embedMissing(new ArrayList<>(missing));
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            float[] vector = fresh.get(text);
            vectors.add(vector != null ? vector : embed(text));
        }
        return vectors;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    private Map<String, float[]> embedMissing(List<String> missing) {
        Map<String, float[]> fresh = new HashMap<>();
        if (missing.isEmpty()) {
            return fresh;
        }
        List<TextSegment> segments = missing.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model().embedAll(segments).content();
        for (int i = 0; i < missing.size(); i++) {
            float[] vector = normalise(embeddings.get(i).vector());
            fresh.put(missing.get(i), store(missing.get(i), vector));
        }
        return fresh;
    }

    private float[] cached(String text) {
        synchronized (cache) {
            return cache.get(text);
        }
    }

    /** Caches the vector unless another thread was first, and returns the cached one. */
    private float[] store(String text, float[] vector) {
        synchronized (cache) {
            float[] earlier = cache.putIfAbsent(text, vector);
            return earlier != null ? earlier : vector;
        }
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    static float[] normalise(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        if (sum == 0) {
            return vector;
        }
        float scale = (float) (1.0 / Math.sqrt(sum));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    /**
     * Returns whether {@code text} has a letter, digit, punctuation mark or symbol. Text of only
     * spaces, controls, format characters or combining marks (a no-break space, a zero-width
     * space, a lone accent) has nothing to embed, and the model's tokenizer rejects it.
     */
    public static boolean hasVisibleText(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(MiniLmEmbedder::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint)
                || type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type >= Character.MATH_SYMBOL && type <= Character.OTHER_SYMBOL
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
