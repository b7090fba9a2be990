package dev.apprentice.knowledge;

/** A sense of the term {@code term} (id {@code termId}) with its cosine similarity to a text. */
public record ScoredSense(long termId, String term, Sense sense, double score) {
}
