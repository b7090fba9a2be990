package dev.apprentice.knowledge;

import dev.apprentice.knowledge.KnowledgeDocument.AliasItem;
import dev.apprentice.knowledge.KnowledgeDocument.Contents;
import dev.apprentice.knowledge.KnowledgeDocument.ExampleItem;
import dev.apprentice.knowledge.KnowledgeDocument.FactItem;
import dev.apprentice.knowledge.KnowledgeDocument.SenseItem;
import dev.apprentice.knowledge.KnowledgeDocument.TermItem;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Export and import of the whole memory. Import merges by key: a term by its name, an alias,
 * a sense (by gloss) within its term, a fact by its three parts and a labelled example by text
 * and intent. What is already stored keeps its state and provenance, so importing the same
 * document twice adds nothing the second time.
 */
final class KnowledgeTransfer {

    private final TermRepository terms;
    private final AliasRepository aliases;
    private final SenseRepository senses;
    private final FactRepository facts;
    private final ExampleRepository examples;
    private final SenseEmbeddings embeddings;

    KnowledgeTransfer(KnowledgeStores stores, SenseEmbeddings embeddings) {
        this.terms = stores.terms();
        this.aliases = stores.aliases();
        this.senses = stores.senses();
        this.facts = stores.facts();
        this.examples = stores.examples();
        this.embeddings = embeddings;
    }

    Contents export() {
        Map<Long, List<AliasItem>> aliasesByTerm = new HashMap<>();
        for (AliasRecord alias : aliases.list("order by id")) {
            aliasesByTerm.computeIfAbsent(alias.term.id, id -> new ArrayList<>())
                    .add(new AliasItem(alias.alias, alias.provenance.toProvenance(),
                            alias.review));
        }
        Map<Long, List<SenseItem>> sensesByTerm = new HashMap<>();
        for (SenseRecord sense : senses.list("order by id")) {
            sensesByTerm.computeIfAbsent(sense.term.id, id -> new ArrayList<>())
                    .add(new SenseItem(sense.gloss, sense.examples,
                            sense.provenance.toProvenance(), sense.review));
        }
        List<TermItem> termItems = terms.listAllByName().stream()
                .map(term -> new TermItem(term.name, term.provenance.toProvenance(),
                        term.review, aliasesByTerm.getOrDefault(term.id, List.of()),
                        sensesByTerm.getOrDefault(term.id, List.of())))
                .toList();
        List<FactItem> factItems = facts.list("order by id").stream()
                .map(f -> new FactItem(f.subject, f.relation, f.object,
                        f.provenance.toProvenance(), f.review))
                .toList();
        List<ExampleItem> exampleItems = examples.list("order by id").stream()
                .map(e -> new ExampleItem(e.text, e.intent, e.applied,
                        e.provenance.toProvenance(), e.review))
                .toList();
        return new Contents(termItems, factItems, exampleItems);
    }

    ImportReport importAll(Contents contents) {
        Tally tally = new Tally();
        List<SenseRecord> newSenses = new ArrayList<>();
        for (TermItem item : contents.terms()) {
            TermRecord term = importTerm(item, tally);
            item.aliases().forEach(alias -> importAlias(term, alias, tally));
            for (SenseItem sense : item.senses()) {
                importSense(term, sense, tally).ifPresent(newSenses::add);
            }
        }
        embeddings.updateAll(newSenses);
        contents.facts().forEach(fact -> importFact(fact, tally));
        contents.examples().forEach(example -> importExample(example, tally));
        return tally.report();
    }

    private TermRecord importTerm(TermItem item, Tally tally) {
        Optional<TermRecord> stored = terms.findByKey(Keys.of(item.name()));
        if (stored.isPresent()) {
            tally.unchanged++;
            return stored.get();
        }
        TermRecord term = new TermRecord();
        term.name = item.name();
        term.nameKey = Keys.of(item.name());
        term.provenance = ProvenanceColumns.of(item.provenance());
        term.review = item.review();
        terms.persist(term);
        tally.terms.add(term.name);
        return term;
    }

    private void importAlias(TermRecord term, AliasItem item, Tally tally) {
        String key = Keys.of(item.alias());
        if (key.equals(term.nameKey)
                || aliases.count("term = ?1 and aliasKey = ?2", term, key) > 0) {
            tally.unchanged++;
            return;
        }
        AliasRecord alias = new AliasRecord();
        alias.term = term;
        alias.alias = item.alias();
        alias.aliasKey = key;
        alias.provenance = ProvenanceColumns.of(item.provenance());
        alias.review = item.review();
        aliases.persist(alias);
        tally.aliases++;
    }

    /**
     * Stores the sense unless its gloss is stored for the term, and returns it so that all new
     * senses can be embedded in one batch before the transaction commits.
     */
    private Optional<SenseRecord> importSense(TermRecord term, SenseItem item, Tally tally) {
        String glossKey = Keys.digest(item.gloss());
        if (senses.count("term = ?1 and glossKey = ?2", term, glossKey) > 0) {
            tally.unchanged++;
            return Optional.empty();
        }
        SenseRecord sense = new SenseRecord();
        sense.term = term;
        sense.gloss = item.gloss();
        sense.glossKey = glossKey;
        Texts.addMissing(sense.examples, item.examples());
        sense.provenance = ProvenanceColumns.of(item.provenance());
        sense.review = item.review();
        senses.persist(sense);
        tally.senses++;
        return Optional.of(sense);
    }

    private void importFact(FactItem item, Tally tally) {
        long stored = facts.count("subjectKey = ?1 and relationKey = ?2 and objectKey = ?3",
                Keys.of(item.subject()), Keys.of(item.relation()), Keys.of(item.object()));
        if (stored > 0) {
            tally.unchanged++;
            return;
        }
        FactRecord fact = new FactRecord();
        fact.subject = item.subject();
        fact.subjectKey = Keys.of(item.subject());
        fact.relation = item.relation();
        fact.relationKey = Keys.of(item.relation());
        fact.object = item.object();
        fact.objectKey = Keys.of(item.object());
        fact.provenance = ProvenanceColumns.of(item.provenance());
        fact.review = item.review();
        facts.persist(fact);
        tally.facts++;
    }

    private void importExample(ExampleItem item, Tally tally) {
        if (examples.count("textKey = ?1 and intent = ?2", Keys.of(item.text()),
                item.intent()) > 0) {
            tally.unchanged++;
            return;
        }
        ExampleRecord example = new ExampleRecord();
        example.text = item.text();
        example.textKey = Keys.of(item.text());
        example.intent = item.intent();
        example.applied = item.applied();
        example.provenance = ProvenanceColumns.of(item.provenance());
        example.review = item.review();
        examples.persist(example);
        tally.examples++;
    }

    /** Counts what one import added. */
    private static final class Tally {
        final List<String> terms = new ArrayList<>();
        int aliases;
        int senses;
        int facts;
        int examples;
        int unchanged;

        ImportReport report() {
            return new ImportReport(terms, aliases, senses, facts, examples, unchanged);
        }
    }
}
