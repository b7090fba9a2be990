package dev.apprentice.knowledge;

import dev.apprentice.knowledge.jpa.AliasRecord;
import dev.apprentice.knowledge.jpa.ExampleRecord;
import dev.apprentice.knowledge.jpa.FactRecord;
import dev.apprentice.knowledge.jpa.SenseRecord;
import dev.apprentice.knowledge.jpa.TermRecord;
import java.util.List;

/** Turns stored rows into the knowledge types that the rest of the bot reads. */
final class RecordMapper {

    private RecordMapper() {
    }

    static Term term(TermRecord term, List<AliasRecord> aliases, List<SenseRecord> senses) {
        List<String> names = aliases.stream().map(a -> a.alias).toList();
        List<Sense> meanings = senses.stream().map(RecordMapper::sense).toList();
        return new Term(term.id, term.name, names, meanings, term.provenance.toProvenance(),
                term.review);
    }

    static Sense sense(SenseRecord sense) {
        return new Sense(sense.id, sense.gloss, sense.examples, sense.provenance.toProvenance(),
                sense.review);
    }

    static SenseEntry senseEntry(SenseRecord sense) {
        return new SenseEntry(sense.term.id, sense.term.name, sense(sense));
    }

    static AliasEntry alias(AliasRecord alias) {
        return new AliasEntry(alias.id, alias.term.id, alias.term.name, alias.alias,
                alias.provenance.toProvenance(), alias.review);
    }

    static Fact fact(FactRecord fact) {
        return new Fact(fact.id, fact.subject, fact.relation, fact.object,
                fact.provenance.toProvenance(), fact.review);
    }

    static LabelledExample example(ExampleRecord example) {
        return new LabelledExample(example.id, example.text, example.intent, example.applied,
                example.provenance.toProvenance(), example.review);
    }
}
