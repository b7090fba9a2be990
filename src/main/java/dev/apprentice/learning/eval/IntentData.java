package dev.apprentice.learning.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An intent data set split into the examples to learn from and the examples to test on.
 *
 * @param name the name used in output files
 * @param train the examples the simulated learner may ask about
 * @param test the held-out examples accuracy is measured on
 */
record IntentData(String name, List<Example> train, List<Example> test) {

    /** One labelled utterance. */
    record Example(String text, String intent) {
    }

    /**
     * Reads CLINC150's in-scope {@code train} and {@code val} splits from
     * {@code data_full_train_val.json}. The out-of-scope examples are left out, since a pool
     * query about them teaches no intent; the {@code test} split is not in the folder.
     */
    static IntentData clinc150(Path folder) throws IOException {
        JsonNode splits = Json.MAPPER.readTree(
                Files.readString(folder.resolve("data_full_train_val.json")));
        return new IntentData("clinc150", pairs(splits.path("train")), pairs(splits.path("val")));
    }

    /** Reads HWU64's {@code train.tsv} and {@code valid.tsv} (header {@code text, intent}). */
    static IntentData hwu64(Path folder) throws IOException {
        return new IntentData("hwu64", tsv(folder.resolve("train.tsv")),
                tsv(folder.resolve("valid.tsv")));
    }

    /** Returns the intents of the training examples, in order of first appearance. */
    List<String> intents() {
        Set<String> intents = new LinkedHashSet<>();
        train.forEach(e -> intents.add(e.intent()));
        return List.copyOf(intents);
    }

    private static List<Example> pairs(JsonNode split) {
        List<Example> examples = new ArrayList<>();
        for (JsonNode pair : split) {
            examples.add(new Example(pair.get(0).asText(), pair.get(1).asText()));
        }
        return examples;
    }

    private static List<Example> tsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Example> examples = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                examples.add(new Example(line.substring(0, tab).strip(),
                        line.substring(tab + 1).strip()));
            }
        }
        return examples;
    }
}
