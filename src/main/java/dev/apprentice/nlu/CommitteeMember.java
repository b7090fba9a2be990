package dev.apprentice.nlu;

/**
 * One member of the intent committee: a model trained on the same examples as the intent
 * classifier that gives its own probability for each of the same labels. Members differ in what
 * they look at, so that their disagreement says something the classifier alone does not.
 * Implementations are immutable once trained and thread-safe.
 */
public interface CommitteeMember {

    /** A short name for logs and evaluation output. */
    String name();

    /**
     * Returns a probability for each label, in the committee's label order. Every entry is
     * above zero, so that divergences between members stay finite.
     */
    double[] probabilities(String text);
}
