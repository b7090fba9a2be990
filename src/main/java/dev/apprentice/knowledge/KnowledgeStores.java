package dev.apprentice.knowledge;

import dev.apprentice.knowledge.jpa.AliasRepository;
import dev.apprentice.knowledge.jpa.ExampleRepository;
import dev.apprentice.knowledge.jpa.FactRepository;
import dev.apprentice.knowledge.jpa.SenseRepository;
import dev.apprentice.knowledge.jpa.TermRepository;

/** The repositories of the knowledge memory, passed together to the classes that use them. */
record KnowledgeStores(
        TermRepository terms,
        AliasRepository aliases,
        SenseRepository senses,
        FactRepository facts,
        ExampleRepository examples) {
}
