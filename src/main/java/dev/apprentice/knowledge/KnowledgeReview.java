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
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Review decisions on stored items. Approving an alias or a sense also approves its term,
 * because a part is not visible without its term. Approving a term approves its pending aliases
 * and senses with it. Rejecting a term hides all of it but leaves the states of its parts as they
 * were. When an approved row with the same key already exists, approving a duplicate merges it
 * into that row and deletes it.
 */
final class KnowledgeReview {

    private final TermRepository terms;
    private final AliasRepository aliases;
    private final SenseRepository senses;
    private final FactRepository facts;
    private final ExampleRepository examples;
    private final SenseEmbeddings embeddings;

    KnowledgeReview(KnowledgeStores stores, SenseEmbeddings embeddings) {
        this.terms = stores.terms();
        this.aliases = stores.aliases();
        this.senses = stores.senses();
        this.facts = stores.facts();
        this.examples = stores.examples();
        this.embeddings = embeddings;
    }

    void approve(ItemKind kind, long id) {
        switch (kind) {
            case TERM -> approveTerm(find(terms, kind, id));
            case ALIAS -> approveAlias(find(aliases, kind, id));
            case SENSE -> approveSense(find(senses, kind, id));
            case FACT -> approveFact(find(facts, kind, id));
            case EXAMPLE -> approveExample(find(examples, kind, id));
        }
    }

    void reject(ItemKind kind, long id) {
        switch (kind) {
            case TERM -> find(terms, kind, id).review = ReviewState.REJECTED;
            case ALIAS -> find(aliases, kind, id).review = ReviewState.REJECTED;
            case SENSE -> find(senses, kind, id).review = ReviewState.REJECTED;
            case FACT -> find(facts, kind, id).review = ReviewState.REJECTED;
            case EXAMPLE -> find(examples, kind, id).review = ReviewState.REJECTED;
        }
    }

    /** Deletes the item; deleting a term deletes its aliases and senses. */
    void delete(ItemKind kind, long id) {
        switch (kind) {
            case TERM -> deleteTerm(find(terms, kind, id));
            case ALIAS -> aliases.delete(find(aliases, kind, id));
            case SENSE -> senses.delete(find(senses, kind, id));
            case FACT -> facts.delete(find(facts, kind, id));
            case EXAMPLE -> examples.delete(find(examples, kind, id));
        }
    }

    /**
     * Renames the term when {@code name} is given and replaces its aliases when
     * {@code newAliases} is given; new aliases carry {@code reviewer} and are approved.
     */
    TermRecord editTerm(long id, String name, List<String> newAliases, Provenance reviewer) {
        TermRecord term = find(terms, ItemKind.TERM, id);
        if (name != null) {
            rename(term, Texts.required(name, "name", DocumentReader.MAX_NAME));
        }
        if (newAliases != null) {
            replaceAliases(term, Texts.cleaned(newAliases, "aliases", DocumentReader.MAX_NAME),
                    reviewer);
        }
        return term;
    }

    SenseRecord editSense(long id, String gloss, List<String> newExamples) {
        SenseRecord sense = find(senses, ItemKind.SENSE, id);
        if (gloss != null) {
            sense.gloss = Texts.required(gloss, "gloss", DocumentReader.MAX_TEXT);
            sense.glossKey = Keys.digest(sense.gloss);
        }
        if (newExamples != null) {
            sense.examples.clear();
            sense.examples.addAll(Texts.cleaned(newExamples, "examples",
                    DocumentReader.MAX_TEXT));
        }
        embeddings.update(sense);
        return sense;
    }

    FactRecord editFact(long id, String subject, String relation, String object) {
        FactRecord fact = find(facts, ItemKind.FACT, id);
        if (subject != null) {
            fact.subject = Texts.required(subject, "subject", DocumentReader.MAX_NAME);
            fact.subjectKey = Keys.of(fact.subject);
        }
        if (relation != null) {
            fact.relation = Texts.required(relation, "relation", DocumentReader.MAX_NAME);
            fact.relationKey = Keys.of(fact.relation);
        }
        if (object != null) {
            fact.object = Texts.required(object, "object", DocumentReader.MAX_TEXT);
            fact.objectKey = Keys.of(fact.object);
        }
        return fact;
    }

    ExampleRecord editExample(long id, String text, String intent) {
        ExampleRecord example = find(examples, ItemKind.EXAMPLE, id);
        if (text != null) {
            example.text = Texts.required(text, "text", DocumentReader.MAX_TEXT);
            example.textKey = Keys.of(example.text);
        }
        if (intent != null) {
            example.intent = Texts.required(intent, "intent", DocumentReader.MAX_NAME);
        }
        return example;
    }

    static <R> R find(PanacheRepository<R> repository, ItemKind kind, long id) {
        R row = repository.findById(id);
        if (row == null) {
            throw KnowledgeException.notFound(kind, id);
        }
        return row;
    }

    private void approveTerm(TermRecord term) {
        term.review = ReviewState.APPROVED;
        for (AliasRecord alias : aliases.listByTerm(term)) {
            if (alias.review == ReviewState.PENDING) {
                approveAlias(alias);
            }
        }
        for (SenseRecord sense : senses.listByTerm(term)) {
            if (sense.review == ReviewState.PENDING) {
                approveSense(sense);
            }
        }
    }

    private void approveAlias(AliasRecord alias) {
        alias.term.review = ReviewState.APPROVED;
        long duplicates = aliases.count("term = ?1 and aliasKey = ?2 and review = ?3"
                + " and id <> ?4", alias.term, alias.aliasKey, ReviewState.APPROVED, alias.id);
        if (duplicates > 0) {
            aliases.delete(alias);
        } else {
            alias.review = ReviewState.APPROVED;
        }
    }

    private void approveSense(SenseRecord sense) {
        sense.term.review = ReviewState.APPROVED;
        List<SenseRecord> approved = senses.list(
                "term = ?1 and glossKey = ?2 and review = ?3 and id <> ?4", sense.term,
                sense.glossKey, ReviewState.APPROVED, sense.id);
        if (approved.isEmpty()) {
            sense.review = ReviewState.APPROVED;
            return;
        }
        SenseRecord kept = approved.get(0);
        if (Texts.addMissing(kept.examples, sense.examples)) {
            embeddings.update(kept);
        }
        senses.delete(sense);
    }

    private void approveFact(FactRecord fact) {
        long duplicates = facts.count("subjectKey = ?1 and relationKey = ?2 and objectKey = ?3"
                + " and review = ?4 and id <> ?5", fact.subjectKey, fact.relationKey,
                fact.objectKey, ReviewState.APPROVED, fact.id);
        if (duplicates > 0) {
            facts.delete(fact);
        } else {
            fact.review = ReviewState.APPROVED;
        }
    }

    private void approveExample(ExampleRecord example) {
        long duplicates = examples.count("textKey = ?1 and intent = ?2 and review = ?3"
                + " and id <> ?4", example.textKey, example.intent, ReviewState.APPROVED,
                example.id);
        if (duplicates > 0) {
            examples.delete(example);
        } else {
            example.review = ReviewState.APPROVED;
        }
    }

    private void rename(TermRecord term, String name) {
        String key = Keys.of(name);
        terms.findByKey(key).filter(other -> !other.id.equals(term.id)).ifPresent(other -> {
            throw KnowledgeException.conflict("A term named '" + other.name
                    + "' is already stored (id " + other.id + ").");
        });
        term.name = name;
        term.nameKey = key;
    }

    /**
     * Keeps one approved row for each wanted alias and deletes every other alias row of the
     * term, since the reviewer's list is the whole truth about the term's aliases.
     */
    private void replaceAliases(TermRecord term, List<String> wanted, Provenance reviewer) {
        Map<String, AliasRecord> kept = new HashMap<>();
        List<String> wantedKeys = wanted.stream().map(Keys::of).toList();
        for (AliasRecord alias : aliases.listByTerm(term)) {
            if (!wantedKeys.contains(alias.aliasKey) || kept.containsKey(alias.aliasKey)) {
                aliases.delete(alias);
            } else {
                alias.review = ReviewState.APPROVED;
                kept.put(alias.aliasKey, alias);
            }
        }
        for (String alias : wanted) {
            String key = Keys.of(alias);
            if (!key.equals(term.nameKey) && !kept.containsKey(key)) {
                AliasRecord record = new AliasRecord();
                record.term = term;
                record.alias = alias;
                record.aliasKey = key;
                record.provenance = ProvenanceColumns.of(reviewer);
                record.review = ReviewState.APPROVED;
                aliases.persist(record);
                kept.put(key, record);
            }
        }
    }

    private void deleteTerm(TermRecord term) {
        aliases.deleteByTerm(term);
        senses.deleteByTerm(term);
        terms.delete(term);
    }
}
