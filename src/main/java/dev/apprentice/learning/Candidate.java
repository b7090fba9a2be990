package dev.apprentice.learning;

import java.util.List;

/**
 * One unlabelled utterance as the query strategies see it: the classifier's probabilities over
 * its labels, each committee member's probabilities over the same labels, and the feature vector
 * the classifier reads (its norm is what expected gradient length needs; its direction is what
 * batch diversity compares).
 *
 * @param id a stable identifier in the pool (a queue item id, or an index in a data set)
 * @param text the utterance
 * @param probabilities the classifier's probability per label; sums to one
 * @param votes one probability vector per committee member, same label order; may be empty
 * @param features the classifier's input vector for {@code text}
 */
public record Candidate(String id, String text, double[] probabilities, List<double[]> votes,
        float[] features) {

    /**
     * @throws IllegalArgumentException when a vote's length differs from that of
     *     {@code probabilities}, which would compare different label sets
     */
    public Candidate {
        votes = List.copyOf(votes);
        for (double[] vote : votes) {
            if (vote.length != probabilities.length) {
                throw new IllegalArgumentException("candidate " + id + ": a committee vote has "
                        + vote.length + " labels, the classifier " + probabilities.length);
            }
        }
    }
}
