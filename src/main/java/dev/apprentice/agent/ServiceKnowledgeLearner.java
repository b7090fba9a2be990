package dev.apprentice.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.clarify.KnowledgeLearner;
import dev.apprentice.knowledge.Fact;
import dev.apprentice.knowledge.KnowledgeService;
import dev.apprentice.knowledge.LabelledExample;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.Sense;
import dev.apprentice.knowledge.SenseEntry;
import dev.apprentice.knowledge.Term;
import java.util.ArrayList;
import java.util.List;

/** The knowledge service as the clarification engine writes to it. */
final class ServiceKnowledgeLearner implements KnowledgeLearner {

    private final KnowledgeService service;
    private final Runnable onChange;

    /** Creates the learner; {@code onChange} runs after every write, to refresh caches. */
    ServiceKnowledgeLearner(KnowledgeService service, Runnable onChange) {
        this.service = service;
        this.onChange = onChange;
    }

    @Override
    public Stored teachSense(String term, String gloss, List<String> examples, Provenance p,
            JsonNode metadata) {
        Sense sense = service.teachSense(term, gloss, examples, p, metadata);
        onChange.run();
        return new Stored(sense.id(), sense.review());
    }

    @Override
    public void addSenseExample(long senseId, String example, Provenance p) {
        SenseEntry entry = service.getSense(senseId);
        List<String> examples = new ArrayList<>(entry.sense().examples());
        examples.add(example);
        service.editSense(senseId, entry.sense().gloss(), examples);
        onChange.run();
    }

    @Override
    public Stored addAlias(String term, String alias, Provenance p, JsonNode metadata) {
        Term stored = service.addAlias(term, alias, p, metadata);
        onChange.run();
        return new Stored(stored.id(), stored.review());
    }

    @Override
    public Stored teachFact(String subject, String relation, String object, Provenance p,
            JsonNode metadata) {
        Fact fact = service.teachFact(subject, relation, object, p, metadata);
        onChange.run();
        return new Stored(fact.id(), fact.review());
    }

    @Override
    public Stored addLabelledExample(String text, String intent, Provenance p,
            JsonNode metadata) {
        LabelledExample example = service.addLabelledExample(text, intent, p, metadata);
        return new Stored(example.id(), example.review());
    }

    @Override
    public boolean isTrusted(String sender, JsonNode metadata) {
        return service.isTrusted(sender, metadata);
    }
}
