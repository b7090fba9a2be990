package dev.apprentice.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.clarify.KnowledgeLearner;
import dev.apprentice.knowledge.Fact;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.knowledge.Sense;
import dev.apprentice.knowledge.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A knowledge memory in plain maps, for tests of the clarification flow. Everything taught is
 * approved and visible to every conversation.
 */
public final class MemoryKnowledge implements KnowledgeView, KnowledgeLearner {

    private final Map<String, Term> terms = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    public final List<String[]> labelledExamples = new ArrayList<>();
    private final List<Fact> facts = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Optional<Term> term(String surface, String conversationId) {
        String key = surface.toLowerCase(Locale.ROOT);
        return terms.values().stream().filter(t -> t.name().equalsIgnoreCase(key)
                || t.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(key))).findFirst();
    }

    @Override
    public List<Term> terms(String conversationId) {
        return List.copyOf(terms.values());
    }

    @Override
    public List<Fact> facts(String subject, String conversationId) {
        return facts.stream().filter(f -> f.subject().equalsIgnoreCase(subject)).toList();
    }

    @Override
    public Stored teachFact(String subject, String relation, String object, Provenance p,
            JsonNode metadata) {
        long id = ids.incrementAndGet();
        facts.add(new Fact(id, subject, relation, object, p, ReviewState.APPROVED));
        return new Stored(id, ReviewState.APPROVED);
    }

    @Override
    public Stored teachSense(String term, String gloss, List<String> examples, Provenance p,
            JsonNode metadata) {
        long id = ids.incrementAndGet();
        Sense sense = new Sense(id, gloss, examples, p, ReviewState.APPROVED);
        terms.compute(term.toLowerCase(Locale.ROOT), (k, old) -> {
            List<Sense> senses = old == null ? new ArrayList<>() : new ArrayList<>(old.senses());
            senses.add(sense);
            return new Term(old == null ? id : old.id(), term,
                    old == null ? List.of() : old.aliases(), senses, p, ReviewState.APPROVED);
        });
        return new Stored(id, ReviewState.APPROVED);
    }

    @Override
    public void addSenseExample(long senseId, String example, Provenance p) {
        terms.replaceAll((k, t) -> new Term(t.id(), t.name(), t.aliases(),
                t.senses().stream().map(s -> s.id() != senseId ? s : new Sense(s.id(),
                        s.gloss(), append(s.examples(), example), s.provenance(), s.review()))
                        .toList(), t.provenance(), t.review()));
    }

    @Override
    public Stored addAlias(String term, String alias, Provenance p, JsonNode metadata) {
        Term t = term(term, null).orElseThrow();
        terms.put(t.name().toLowerCase(Locale.ROOT), new Term(t.id(), t.name(),
                append(t.aliases(), alias), t.senses(), t.provenance(), t.review()));
        return new Stored(t.id(), ReviewState.APPROVED);
    }

    @Override
    public Stored addLabelledExample(String text, String intent, Provenance p,
            JsonNode metadata) {
        labelledExamples.add(new String[] {text, intent});
        return new Stored(ids.incrementAndGet(), ReviewState.APPROVED);
    }

    @Override
    public boolean isTrusted(String sender, JsonNode metadata) {
        return true;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
