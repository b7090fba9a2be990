package dev.apprentice.answer;

import dev.apprentice.action.OpenQuestionAnswerer;
import dev.apprentice.clarify.PromptTemplates;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The embedded engine's open answers: the taught items that {@link KnowledgeRetrieval} finds,
 * quoted as they were taught, each with its id. With nothing found it does not answer, so the
 * bot's usual fallback reply is sent.
 */
public final class RetrievalAnswerer implements OpenQuestionAnswerer {

    private static final Logger LOG = Logger.getLogger(RetrievalAnswerer.class);

    private final KnowledgeRetrieval retrieval;
    private final PromptTemplates prompts;

    public RetrievalAnswerer(KnowledgeRetrieval retrieval, PromptTemplates prompts) {
        this.retrieval = retrieval;
        this.prompts = prompts;
    }

    @Override
    public Optional<String> answer(DialogueStateTracker tracker, String question) {
        List<Grounding> items = retrieval.retrieve(question, tracker.senderId());
        LOG.debugf("answer.retrieved sender=%s items=%d", tracker.senderId(), items.size());
        return items.isEmpty() ? Optional.empty() : Optional.of(answer(items));
    }

    /** Returns the reply that quotes {@code items}. */
    public String answer(List<Grounding> items) {
        String quoted = items.stream()
                .map(item -> item.text() + " (" + item.id().replace('-', ' ') + ")")
                .collect(Collectors.joining("; "));
        return prompts.common("grounded_answer", Map.of("items", quoted));
    }
}
