package dev.apprentice.knowledge;

import dev.apprentice.knowledge.jpa.AliasRecord;
import dev.apprentice.knowledge.jpa.AliasRepository;
import dev.apprentice.knowledge.jpa.ExampleRecord;
import dev.apprentice.knowledge.jpa.ExampleRepository;
import dev.apprentice.knowledge.jpa.FactRecord;
import dev.apprentice.knowledge.jpa.FactRepository;
import dev.apprentice.knowledge.jpa.ProvenanceColumns;
import dev.apprentice.knowledge.jpa.SenseRecord;
import dev.apprentice.knowledge.jpa.SenseRepository;
import dev.apprentice.knowledge.jpa.TermRecord;
import dev.apprentice.knowledge.jpa.TermRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores what users teach. New teaching merges into a stored row with the same key when that
 * row is approved or was taught in the same conversation; otherwise an untrusted teacher gets
 * a pending row of their own, so that each conversation sees what it taught. Trusted teaching
 * ({@code state} approved) approves the matching row, whoever taught it.
 */
final class KnowledgeWriter {

    private final TermRepository terms;
    private final AliasRepository aliases;
    private final SenseRepository senses;
    private final FactRepository facts;
    private final ExampleRepository examples;
    private final SenseEmbeddings embeddings;

    KnowledgeWriter(KnowledgeStores stores, SenseEmbeddings embeddings) {
        this.terms = stores.terms();
        this.aliases = stores.aliases();
        this.senses = stores.senses();
        this.facts = stores.facts();
        this.examples = stores.examples();
        this.embeddings = embeddings;
    }

    SenseRecord teachSense(String term, String gloss, List<String> sentences, Provenance p,
            ReviewState state) {
        TermRecord owner = termFor(term, p, state);
        String glossKey = Keys.digest(gloss);
        List<SenseRecord> same = senses.list("term = ?1 and glossKey = ?2", owner, glossKey);
        Optional<SenseRecord> target = mergeTarget(same, s -> s.review,
                s -> s.provenance.conversationId, p, state);
        if (target.isPresent()) {
            SenseRecord sense = target.get();
            boolean mayChange = sense.review != ReviewState.APPROVED
                    || state == ReviewState.APPROVED;
            sense.review = merged(sense.review, state);
            // Untrusted examples would reach every conversation through an approved sense.
            if (mayChange && Texts.addMissing(sense.examples, sentences)) {
                embeddings.update(sense);
            }
            return sense;
        }
        SenseRecord sense = new SenseRecord();
        sense.term = owner;
        sense.gloss = gloss;
        sense.glossKey = glossKey;
        Texts.addMissing(sense.examples, sentences);
        sense.provenance = ProvenanceColumns.of(p);
        sense.review = state;
        embeddings.update(sense);
        senses.persist(sense);
        return sense;
    }

    TermRecord addAlias(String term, String alias, Provenance p, ReviewState state) {
        TermRecord owner = termFor(term, p, state);
        String aliasKey = Keys.of(alias);
        if (aliasKey.equals(owner.nameKey)) {
            return owner;
        }
        List<AliasRecord> same = aliases.list("term = ?1 and aliasKey = ?2", owner, aliasKey);
        Optional<AliasRecord> target = mergeTarget(same, a -> a.review,
                a -> a.provenance.conversationId, p, state);
        target.ifPresent(a -> a.review = merged(a.review, state));
        if (target.isEmpty()) {
            AliasRecord record = new AliasRecord();
            record.term = owner;
            record.alias = alias;
            record.aliasKey = aliasKey;
            record.provenance = ProvenanceColumns.of(p);
            record.review = state;
            aliases.persist(record);
        }
        return owner;
    }

    FactRecord teachFact(String subject, String relation, String object, Provenance p,
            ReviewState state) {
        List<FactRecord> same = facts.list(
                "subjectKey = ?1 and relationKey = ?2 and objectKey = ?3", Keys.of(subject),
                Keys.of(relation), Keys.of(object));
        Optional<FactRecord> target = mergeTarget(same, f -> f.review,
                f -> f.provenance.conversationId, p, state);
        if (target.isPresent()) {
            target.get().review = merged(target.get().review, state);
            return target.get();
        }
        FactRecord fact = new FactRecord();
        fact.subject = subject;
        fact.subjectKey = Keys.of(subject);
        fact.relation = relation;
        fact.relationKey = Keys.of(relation);
        fact.object = object;
        fact.objectKey = Keys.of(object);
        fact.provenance = ProvenanceColumns.of(p);
        fact.review = state;
        facts.persist(fact);
        return fact;
    }

    ExampleRecord addExample(String text, String intent, Provenance p, ReviewState state) {
        List<ExampleRecord> same = examples.list("textKey = ?1 and intent = ?2",
                Keys.of(text), intent);
        Optional<ExampleRecord> target = mergeTarget(same, e -> e.review,
                e -> e.provenance.conversationId, p, state);
        if (target.isPresent()) {
            target.get().review = merged(target.get().review, state);
            return target.get();
        }
        ExampleRecord example = new ExampleRecord();
        example.text = text;
        example.textKey = Keys.of(text);
        example.intent = intent;
        example.applied = false;
        example.provenance = ProvenanceColumns.of(p);
        example.review = state;
        examples.persist(example);
        return example;
    }

    /**
     * Returns the term named {@code name}, created if new. A rejected term that is taught
     * again goes back to review; trusted teaching approves a pending term.
     */
    TermRecord termFor(String name, Provenance p, ReviewState state) {
        Optional<TermRecord> stored = terms.findByKey(Keys.of(name));
        if (stored.isPresent()) {
            TermRecord term = stored.get();
            if (term.review == ReviewState.REJECTED || state == ReviewState.APPROVED) {
                term.review = state;
            }
            return term;
        }
        TermRecord term = new TermRecord();
        term.name = name;
        term.nameKey = Keys.of(name);
        term.provenance = ProvenanceColumns.of(p);
        term.review = state;
        terms.persist(term);
        return term;
    }

    /** Returns the state of a row after teaching in {@code taught} state merged into it. */
    static ReviewState merged(ReviewState stored, ReviewState taught) {
        return taught == ReviewState.APPROVED ? ReviewState.APPROVED : stored;
    }

    /**
     * Picks the stored row that new teaching merges into: an approved row, a pending row this
     * conversation taught, or, for trusted teaching, any row. Untrusted teaching of something
     * rejected therefore makes a new pending row, which goes to review again.
     */
    static <R> Optional<R> mergeTarget(List<R> same, Function<R, ReviewState> review,
            Function<R, String> taughtIn, Provenance p, ReviewState state) {
        boolean trusted = state == ReviewState.APPROVED;
        for (R row : same) {
            boolean approved = review.apply(row) == ReviewState.APPROVED;
            boolean own = review.apply(row) == ReviewState.PENDING
                    && p.conversationId() != null
                    && p.conversationId().equals(taughtIn.apply(row));
            if (approved || own || trusted) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
