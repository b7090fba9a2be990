package dev.apprentice.knowledge;

/** One stored alias of the term {@code termId}, as the review API lists it. */
public record AliasEntry(
        long id, long termId, String term, String alias, Provenance provenance,
        ReviewState review) {
}
