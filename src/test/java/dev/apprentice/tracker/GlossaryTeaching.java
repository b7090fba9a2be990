package dev.apprentice.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Terms of the CNCF glossary that the restart tests teach and then use. */
final class GlossaryTeaching {

    static final Path GLOSSARY = Path.of("../shared/data/cncf_glossary/glossary_terms.jsonl");
    static final String TEACHER = "glossary-teacher";
    private static final Set<String> CHOSEN = Set.of(
            "DevSecOps", "GitOps", "Hypervisor", "Idempotence", "Multitenancy", "Kubernetes");

    /** A glossary term and the first sentence of its definition. */
    record Entry(String term, String gloss) {
    }

    private GlossaryTeaching() {
    }

    static boolean available() {
        return Files.isRegularFile(GLOSSARY);
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(GLOSSARY)) {
                JsonNode node = Json.MAPPER.readTree(line);
                String term = node.path("term").asText();
                if (CHOSEN.contains(term)) {
                    entries.add(new Entry(term, firstSentence(node.path("definition").asText())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String firstSentence(String definition) {
        String flat = definition.replaceAll("\\s+", " ").strip();
        int end = flat.indexOf(". ");
        String sentence = end < 0 ? flat : flat.substring(0, end);
        return sentence.replaceAll("[.!]+$", "");
    }
}
