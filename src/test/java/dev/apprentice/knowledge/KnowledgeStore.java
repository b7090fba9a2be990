package dev.apprentice.knowledge;

import dev.apprentice.knowledge.jpa.AliasRepository;
import dev.apprentice.knowledge.jpa.ExampleRepository;
import dev.apprentice.knowledge.jpa.FactRepository;
import dev.apprentice.knowledge.jpa.SenseRepository;
import dev.apprentice.knowledge.jpa.TermRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Empties the knowledge tables between tests that share one database. */
@ApplicationScoped
public class KnowledgeStore {

    private final TermRepository terms;
    private final AliasRepository aliases;
    private final SenseRepository senses;
    private final FactRepository facts;
    private final ExampleRepository examples;

    public KnowledgeStore(TermRepository terms, AliasRepository aliases, SenseRepository senses,
            FactRepository facts, ExampleRepository examples) {
        this.terms = terms;
        this.aliases = aliases;
        this.senses = senses;
        this.facts = facts;
        this.examples = examples;
    }

    @Transactional
    public void clear() {
        aliases.deleteAll();
        senses.deleteAll();
        terms.deleteAll();
        facts.deleteAll();
        examples.deleteAll();
    }
}
