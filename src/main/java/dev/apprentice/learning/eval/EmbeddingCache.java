package dev.apprentice.learning.eval;

import dev.apprentice.nlu.SentenceEmbedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings kept in memory and in one file, so that each text of a data set is
 * embedded once across runs. Texts missing from the file are embedded by the wrapped model in
 * chunks, with progress on stderr, and the file is rewritten. The file stores the model's name,
 * so a different model starts afresh.
 *
 * <p>{@link #embed} of a text that was never given to {@link #load} falls through to the model
 * without being stored. Reads are thread-safe once loaded.
 */
final class EmbeddingCache implements SentenceEmbedder {

    private static final int CHUNK = 500;

    private final SentenceEmbedder model;
    private final String modelName;
    private final Map<String, float[]> vectors = new HashMap<>();

    EmbeddingCache(SentenceEmbedder model, String modelName) {
        this.model = model;
        this.modelName = modelName;
    }

    /** Reads {@code file} if it exists, embeds what is missing of {@code texts}, saves. */
    void load(Path file, List<String> texts) throws IOException {
        if (Files.exists(file)) {
            read(file);
        }
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
        missing.removeIf(vectors::containsKey);
        if (missing.isEmpty()) {
            System.err.printf("embeddings: %d texts read from %s%n", texts.size(), file);
            return;
        }
        long started = System.nanoTime();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            List<float[]> embedded = model.embedAll(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                vectors.put(chunk.get(i), embedded.get(i));
            }
            System.err.printf("embeddings: %d/%d new texts embedded (%.0f s)%n",
                    from + chunk.size(), missing.size(), (System.nanoTime() - started) / 1e9);
        }
        write(file);
    }

    @Override
    public float[] embed(String text) {
        float[] vector = vectors.get(text);
        return vector != null ? vector : model.embed(text);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    private void read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(file)))) {
            if (!modelName.equals(in.readUTF())) {
                return;
            }
            int count = in.readInt();
            int dimension = in.readInt();
            for (int i = 0; i < count; i++) {
                String text = in.readUTF();
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(text, vector);
            }
        }
    }

    private void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF(modelName);
            out.writeInt(vectors.size());
            out.writeInt(model.dimension());
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                out.writeUTF(entry.getKey());
                for (float v : entry.getValue()) {
                    out.writeFloat(v);
                }
            }
        }
    }
}
