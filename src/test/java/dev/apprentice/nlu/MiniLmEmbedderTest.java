package dev.apprentice.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real all-MiniLM-L6-v2 model, which ships inside its jar. */
class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = new MiniLmEmbedder(100);
        embedder.warmUp();
    }

    @Test
    void paraphrases_are_closer_than_unrelated_sentences() {
        float[] question = embedder.embed("I forgot my password");
        float[] paraphrase = embedder.embed("I can't remember my login password");
        float[] unrelated = embedder.embed("the weather is sunny at the beach");

        assertThat(dot(question, paraphrase)).isGreaterThan(dot(question, unrelated) + 0.2);
    }

    @Test
    void vectors_have_unit_length() {
        float[] vector = embedder.embed("reset my vpn token");

        assertThat(vector).hasSize(embedder.dimension());
        assertThat(dot(vector, vector)).isCloseTo(1.0, offset(1e-4));
    }

    @Test
    void cache_returns_the_same_array() {
        float[] first = embedder.embed("where is the printer");

        assertThat(embedder.embed("where is the printer")).isSameAs(first);
        assertThat(embedder.embedAll(List.of("where is the printer")).get(0)).isSameAs(first);
    }

    @Test
    void batch_matches_single_embeddings() {
        List<float[]> batch = embedder.embedAll(List.of("open a ticket", "close the ticket"));
        MiniLmEmbedder fresh = new MiniLmEmbedder(0);

        float[] single = fresh.embed("close the ticket");

        assertThat(batch).hasSize(2);
        assertThat(dot(batch.get(1), single)).isCloseTo(1.0, offset(1e-4));
    }

    @Test
    void blank_text_gives_the_zero_vector() {
        assertThat(embedder.embed("  ")).containsOnly(0f).hasSize(embedder.dimension());
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
