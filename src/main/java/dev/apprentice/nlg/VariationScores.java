package dev.apprentice.nlg;

/**
 * Scores of response variations from user ratings, for {@link ResponseRenderer} to prefer the
 * better ones. Implementations are thread-safe.
 */
@FunctionalInterface
public interface VariationScores {

    /**
     * Returns the score of variation {@code index} (its position in the domain's list) of
     * {@code response}; an unrated variation scores zero.
     */
    double score(String response, int index);

    /** Every variation scores zero, so the choice stays uniform, as in Rasa. */
    VariationScores NONE = (response, index) -> 0.0;
}
