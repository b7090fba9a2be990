package dev.apprentice.knowledge;

import java.util.List;

/**
 * What an import added: the names of new terms, and how many aliases, senses, facts and
 * labelled examples were new. {@code unchanged} counts the items that were already stored.
 */
public record ImportReport(
        List<String> termsAdded, int aliasesAdded, int sensesAdded, int factsAdded,
        int examplesAdded, int unchanged) {

    public ImportReport {
        termsAdded = List.copyOf(termsAdded);
    }
}
