package dev.apprentice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Teaches the first 50 usable entries of the CNCF Cloud Native Glossary (CC BY 4.0) as a
 * trusted teacher, then looks the terms up from another conversation. The title is the term,
 * an acronym in parentheses is an alias, and the first sentence of the definition is the gloss.
 */
@QuarkusTest
@TestProfile(KnowledgeProfile.class)
class GlossaryImportTest {

    private static final Path GLOSSARY =
            Path.of("../shared/data/cncf_glossary/glossary_terms.jsonl");
    private static final Pattern ACRONYM = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)$");

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeStore store;

    @BeforeEach
    void emptyStore() {
        store.clear();
    }

    /** One glossary entry as taught: name, alias (or null) and gloss. */
    private record Entry(String name, String alias, String gloss) {
    }

    private static List<Entry> entries(int count) throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(GLOSSARY)) {
            JsonNode node = Json.MAPPER.readTree(line);
            String title = node.path("term").asText();
            String definition = node.path("definition").asText();
            // A few entries have no title; they cannot be taught as a term.
            if (title.isBlank() || definition.isBlank()) {
                continue;
            }
            Matcher acronym = ACRONYM.matcher(title);
            String name = acronym.matches() ? acronym.group(1) : title;
            String alias = acronym.matches() ? acronym.group(2) : null;
            entries.add(new Entry(name, alias, firstSentence(definition)));
            if (entries.size() == count) {
                break;
            }
        }
        return entries;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    @Test
    void glossary_terms_found_after_teaching() throws Exception {
        Assumptions.assumeTrue(Files.exists(GLOSSARY),
                "the CNCF glossary is not in ../shared/data/cncf_glossary");
        List<Entry> entries = entries(50);
        Provenance teacher = new Provenance(KnowledgeProfile.TRUSTED, "glossary", 0, "teacher",
                Instant.now());
        for (Entry entry : entries) {
            knowledge.teachSense(entry.name(), entry.gloss(), List.of(), teacher);
            if (entry.alias() != null) {
                knowledge.addAlias(entry.name(), entry.alias(), teacher);
            }
        }

        int foundByMeaning = 0;
        for (Entry entry : entries) {
            Term byName = knowledge.term(entry.name().toUpperCase(), "reader").orElseThrow();
            assertThat(byName.senses()).extracting(Sense::gloss).containsExactly(entry.gloss());
            if (entry.alias() != null) {
                assertThat(knowledge.termsMatching(entry.alias().toLowerCase(), "reader"))
                        .extracting(Term::name).contains(entry.name());
            }
            List<ScoredSense> best = knowledge.similarSenses(entry.gloss(), "reader", 1);
            if (best.get(0).term().equals(entry.name())) {
                foundByMeaning++;
            }
        }

        assertThat(entries).hasSize(50);
        assertThat(knowledge.terms("reader")).hasSize(50);
        assertThat(knowledge.termsMatching("CD", "reader")).extracting(Term::name)
                .containsExactlyInAnyOrder("Continuous Delivery", "Continuous Deployment");
        // A gloss should be nearest to its own sense; a few near-synonymous entries may tie.
        assertThat(foundByMeaning).isGreaterThanOrEqualTo(45);
    }
}
