package dev.apprentice.learning.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.nlu.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    /** Embeds a text as (length, first character), recording every text it embeds. */
    private static final class CountingEmbedder implements SentenceEmbedder {
        final List<String> embedded = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            embedded.add(text);
            return new float[] {text.length(), text.charAt(0)};
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    @Test
    void second_load_reads_file_without_embedding(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("cache.bin");
        CountingEmbedder first = new CountingEmbedder();
        new EmbeddingCache(first, "toy").load(file, List.of("hello", "hi", "hello"));
        CountingEmbedder second = new CountingEmbedder();

        EmbeddingCache reloaded = new EmbeddingCache(second, "toy");
        reloaded.load(file, List.of("hi", "hello"));

        assertThat(first.embedded).containsExactly("hello", "hi");
        assertThat(second.embedded).isEmpty();
        assertThat(reloaded.embed("hello")).containsExactly(5f, 'h');
    }

    @Test
    void other_model_name_embeds_again(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("cache.bin");
        new EmbeddingCache(new CountingEmbedder(), "toy").load(file, List.of("hello"));
        CountingEmbedder other = new CountingEmbedder();

        new EmbeddingCache(other, "other").load(file, List.of("hello"));

        assertThat(other.embedded).containsExactly("hello");
    }

    @Test
    void only_missing_texts_are_embedded(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("cache.bin");
        new EmbeddingCache(new CountingEmbedder(), "toy").load(file, List.of("hello"));
        CountingEmbedder later = new CountingEmbedder();

        new EmbeddingCache(later, "toy").load(file, List.of("hello", "bye"));

        assertThat(later.embedded).containsExactly("bye");
    }
}
