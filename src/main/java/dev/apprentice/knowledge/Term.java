package dev.apprentice.knowledge;

import java.util.List;

/**
 * A domain term with its aliases (which act as synonyms in NLU) and its senses. A term with
 * two or more senses is ambiguous until the context picks one.
 */
public record Term(
        long id, String name, List<String> aliases, List<Sense> senses, Provenance provenance,
        ReviewState review) {

    public Term {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        senses = senses == null ? List.of() : List.copyOf(senses);
    }
}
