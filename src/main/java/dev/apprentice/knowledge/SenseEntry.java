package dev.apprentice.knowledge;

/** One stored sense with the term it belongs to, as the review API lists it. */
public record SenseEntry(long termId, String term, Sense sense) {
}
