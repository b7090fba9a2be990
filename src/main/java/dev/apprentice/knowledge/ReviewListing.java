package dev.apprentice.knowledge;

import dev.apprentice.knowledge.jpa.AliasRecord;
import dev.apprentice.knowledge.jpa.AliasRepository;
import dev.apprentice.knowledge.jpa.ExampleRepository;
import dev.apprentice.knowledge.jpa.FactRepository;
import dev.apprentice.knowledge.jpa.SenseRecord;
import dev.apprentice.knowledge.jpa.SenseRepository;
import dev.apprentice.knowledge.jpa.TermRecord;
import dev.apprentice.knowledge.jpa.TermRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists stored items for review, in every state and whoever taught them. A listed term shows
 * all its aliases and senses, including pending and rejected ones.
 */
final class ReviewListing {

    private final TermRepository terms;
    private final AliasRepository aliases;
    private final SenseRepository senses;
    private final FactRepository facts;
    private final ExampleRepository examples;

    ReviewListing(KnowledgeStores stores) {
        this.terms = stores.terms();
        this.aliases = stores.aliases();
        this.senses = stores.senses();
        this.facts = stores.facts();
        this.examples = stores.examples();
    }

    List<Term> terms(ReviewFilter filter) {
        Map<Long, List<AliasRecord>> aliasesByTerm = new HashMap<>();
        for (AliasRecord alias : aliases.list("order by id")) {
            aliasesByTerm.computeIfAbsent(alias.term.id, id -> new ArrayList<>()).add(alias);
        }
        Map<Long, List<SenseRecord>> sensesByTerm = new HashMap<>();
        for (SenseRecord sense : senses.list("order by id")) {
            sensesByTerm.computeIfAbsent(sense.term.id, id -> new ArrayList<>()).add(sense);
        }
        return terms.listAllByName().stream()
                .filter(t -> filter.matches(t.review, t.provenance.toProvenance()))
                .map(t -> RecordMapper.term(t, aliasesByTerm.getOrDefault(t.id, List.of()),
                        sensesByTerm.getOrDefault(t.id, List.of())))
                .toList();
    }

    Term term(long id) {
        TermRecord term = KnowledgeReview.find(terms, ItemKind.TERM, id);
        return RecordMapper.term(term, aliases.listByTerm(term), senses.listByTerm(term));
    }

    List<AliasEntry> aliases(ReviewFilter filter) {
        return aliases.list("from AliasRecord a join fetch a.term order by a.id").stream()
                .filter(a -> filter.matches(a.review, a.provenance.toProvenance()))
                .map(RecordMapper::alias)
                .toList();
    }

    AliasEntry alias(long id) {
        return RecordMapper.alias(KnowledgeReview.find(aliases, ItemKind.ALIAS, id));
    }

    List<SenseEntry> senses(ReviewFilter filter) {
        return senses.listWithTerms().stream()
                .filter(s -> filter.matches(s.review, s.provenance.toProvenance()))
                .map(RecordMapper::senseEntry)
                .toList();
    }

    SenseEntry sense(long id) {
        return RecordMapper.senseEntry(KnowledgeReview.find(senses, ItemKind.SENSE, id));
    }

    List<Fact> facts(ReviewFilter filter) {
        return facts.list("order by id").stream()
                .filter(f -> filter.matches(f.review, f.provenance.toProvenance()))
                .map(RecordMapper::fact)
                .toList();
    }

    Fact fact(long id) {
        return RecordMapper.fact(KnowledgeReview.find(facts, ItemKind.FACT, id));
    }

    List<LabelledExample> examples(ReviewFilter filter) {
        return examples.list("order by id").stream()
                .filter(e -> filter.matches(e.review, e.provenance.toProvenance()))
                .map(RecordMapper::example)
                .toList();
    }

    LabelledExample example(long id) {
        return RecordMapper.example(KnowledgeReview.find(examples, ItemKind.EXAMPLE, id));
    }
}
