package dev.apprentice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.KnowledgeDocument.AliasItem;
import dev.apprentice.knowledge.KnowledgeDocument.Contents;
import dev.apprentice.knowledge.KnowledgeDocument.ExampleItem;
import dev.apprentice.knowledge.KnowledgeDocument.FactItem;
import dev.apprentice.knowledge.KnowledgeDocument.SenseItem;
import dev.apprentice.knowledge.KnowledgeDocument.TermItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeDocumentTest {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private static final Provenance TAUGHT = new Provenance("alice", "conv-1", 3, "teacher",
            Instant.parse("2026-01-31T10:00:00Z"));

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    private static String errorOf(String document) throws Exception {
        JsonNode root = json(document);
        try {
            KnowledgeDocument.parse(root, NOW);
        } catch (KnowledgeException e) {
            assertThat(e.reason()).isEqualTo(KnowledgeException.Reason.INVALID);
            return e.getMessage();
        }
        throw new AssertionError("the document was accepted: " + document);
    }

    @Test
    void written_document_reads_back_unchanged() {
        Contents contents = new Contents(
                List.of(new TermItem("Orbix", TAUGHT, ReviewState.PENDING,
                        List.of(new AliasItem("ORB", TAUGHT, ReviewState.REJECTED)),
                        List.of(new SenseItem("the billing system", List.of("Orbix is down"),
                                TAUGHT, ReviewState.APPROVED)))),
                List.of(new FactItem("Orbix", "runs on", "Kestrel", TAUGHT,
                        ReviewState.APPROVED)),
                List.of(new ExampleItem("orbix is down again", "report_outage", true, TAUGHT,
                        ReviewState.PENDING)));

        ObjectNode written = KnowledgeDocument.write(contents, NOW);
        Contents read = KnowledgeDocument.parse(written, NOW);

        assertThat(written.get("format").asText()).isEqualTo("apprentice-knowledge");
        assertThat(written.get("version").asInt()).isEqualTo(1);
        assertThat(written.get("exported_at").asText()).isEqualTo("2026-02-01T12:00:00Z");
        assertThat(read).isEqualTo(contents);
    }

    @Test
    void left_out_fields_get_defaults() throws Exception {
        Contents read = KnowledgeDocument.parse(json("""
                {"version": 1, "terms": [{"name": " ZTNA ", "aliases": ["zero trust"],
                  "senses": [{"gloss": "zero trust network access"}]}]}
                """), NOW);

        TermItem term = read.terms().get(0);
        assertThat(term.name()).isEqualTo("ZTNA");
        assertThat(term.review()).isEqualTo(ReviewState.APPROVED);
        assertThat(term.provenance().sender()).isEqualTo("import");
        assertThat(term.provenance().time()).isEqualTo(NOW);
        assertThat(term.aliases().get(0).alias()).isEqualTo("zero trust");
        assertThat(term.senses().get(0).examples()).isEmpty();
        assertThat(read.facts()).isEmpty();
        assertThat(read.examples()).isEmpty();
    }

    @Test
    void document_must_be_an_object_with_version_one() throws Exception {
        assertThat(errorOf("[]")).contains("JSON object");
        assertThat(errorOf("{\"terms\": []}")).contains("'version' is missing");
        assertThat(errorOf("{\"version\": \"1\"}")).contains("'version' is missing");
        assertThat(errorOf("{\"version\": 2}")).contains("'version' 2 is not supported");
        assertThat(errorOf("{\"version\": 1, \"format\": \"rasa\"}")).contains("'format'");
    }

    @Test
    void bad_field_is_named_by_its_path() throws Exception {
        assertThat(errorOf("{\"version\": 1, \"terms\": {}}")).isEqualTo("terms must be a list.");
        assertThat(errorOf("{\"version\": 1, \"terms\": [{\"name\": \"a\"}, {\"name\": \" \"}]}"))
                .startsWith("terms[1].name is missing");
        assertThat(errorOf("{\"version\": 1, \"terms\": [{\"name\": \"a\","
                + " \"senses\": [{\"gloss\": 5}]}]}"))
                .startsWith("terms[0].senses[0].gloss");
        assertThat(errorOf("{\"version\": 1, \"facts\": [{\"subject\": \"a\","
                + " \"relation\": \"b\"}]}"))
                .startsWith("facts[0].object");
        assertThat(errorOf("{\"version\": 1, \"labelled_examples\": [{\"text\": \"a\","
                + " \"intent\": \"b\", \"applied\": \"yes\"}]}"))
                .startsWith("labelled_examples[0].applied");
    }

    @Test
    void bad_review_or_time_is_rejected() throws Exception {
        assertThat(errorOf("{\"version\": 1, \"terms\": [{\"name\": \"a\","
                + " \"review\": \"maybe\"}]}"))
                .contains("terms[0].review must be pending, approved or rejected");
        assertThat(errorOf("{\"version\": 1, \"terms\": [{\"name\": \"a\","
                + " \"provenance\": {\"time\": \"yesterday\"}}]}"))
                .contains("terms[0].provenance.time must be an ISO-8601 instant");
    }

    @Test
    void overlong_name_is_rejected() throws Exception {
        String name = "x".repeat(DocumentReader.MAX_NAME + 1);

        assertThatThrownBy(() -> KnowledgeDocument.parse(
                json("{\"version\": 1, \"terms\": [{\"name\": \"" + name + "\"}]}"), NOW))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("longer than 200 characters");
    }
}
