package dev.apprentice.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.clarify.PromptTemplates;
import dev.apprentice.knowledge.ScoredSense;
import dev.apprentice.testsupport.MemoryKnowledge;
import dev.apprentice.testsupport.TestBots;
import dev.apprentice.tracker.DialogueStateTracker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeRetrievalTest {

    private final MemoryKnowledge knowledge = new MemoryKnowledge();

    private KnowledgeRetrieval retrieval(double similarity) {
        return new KnowledgeRetrieval(knowledge, (text, conversation, limit) ->
                knowledge.terms(conversation).stream().flatMap(t -> t.senses().stream()
                        .map(s -> new ScoredSense(t.id(), t.name(), s, similarity))).toList());
    }

    private void teachOrbix() {
        knowledge.teachSense("Orbix", "our order system", List.of(), null, null);
        knowledge.teachFact("Orbix", "runs on", "Kestrel", null, null);
    }

    @Test
    void named_term_brings_its_sense_and_facts() {
        teachOrbix();

        List<Grounding> items = retrieval(0.1).retrieve("who looks after orbix?", "c1");

        assertThat(items).extracting(Grounding::id).containsExactly("sense-1", "fact-2");
        assertThat(items).extracting(Grounding::text)
                .containsExactly("\"Orbix\" means our order system", "Orbix runs on Kestrel");
    }

    @Test
    void unnamed_term_counts_only_when_similar_enough() {
        teachOrbix();

        assertThat(retrieval(0.3).retrieve("where do orders go?", "c1")).isEmpty();
        assertThat(retrieval(KnowledgeRetrieval.MIN_SIMILARITY)
                .retrieve("where do orders go?", "c1")).hasSize(2);
    }

    @Test
    void local_answer_quotes_items_with_their_ids() {
        teachOrbix();
        RetrievalAnswerer answerer = new RetrievalAnswerer(retrieval(0.1),
                new PromptTemplates(Path.of("prompts")));
        DialogueStateTracker tracker = new DialogueStateTracker("c1", TestBots.domain(),
                List.of());

        assertThat(answerer.answer(tracker, "what is orbix on?")).contains("From what I have"
                + " been taught: \"Orbix\" means our order system (sense 1); Orbix runs on"
                + " Kestrel (fact 2)");
        assertThat(answerer.answer(tracker, "what about lunch?")).isEmpty();
    }
}
