package dev.apprentice.clarify;

import java.util.List;

/** The intent classifier as the clarification engine uses it: scores, and online learning. */
public interface IntentModel {

    List<String> labels();

    /** Returns the probability of each of {@link #labels()} for {@code text}. */
    double[] probabilities(String text);

    /** Applies gradient steps so that {@code text} is classified as {@code intent}. */
    boolean learn(String text, String intent);

    /** Returns the other committee members' probability vectors over the same labels. */
    default List<double[]> committee(String text) {
        return List.of();
    }
}
