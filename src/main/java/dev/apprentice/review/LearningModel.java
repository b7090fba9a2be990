package dev.apprentice.review;

import java.util.List;

/**
 * The running intent classifier as the review queue uses it: scores for ranking, the domain's
 * intents for checking labels, and online learning for applying them.
 */
public interface LearningModel {

    /** The version of the trained model, as written to {@code parse_data.model_version}. */
    String version();

    /** The intents the classifier ranks, in the order of {@link #probabilities}. */
    List<String> labels();

    double[] probabilities(String text);

    /** Returns each committee member's probabilities over {@link #labels()}. */
    List<double[]> committee(String text);

    /** Returns the classifier's input vector for {@code text}. */
    float[] features(String text);

    /** Returns whether the domain declares {@code intent}. */
    boolean declaresIntent(String intent);

    /**
     * Applies gradient steps until {@code text} is classified as {@code intent}; returns false
     * when the classifier does not rank that intent yet, which only full retraining adds.
     */
    boolean learn(String text, String intent);
}
