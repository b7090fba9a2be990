package dev.apprentice.learning;

/**
 * Scores how much labelling one candidate is expected to teach the model. A higher score means
 * ask sooner. Implementations are stateless apart from a seeded random source, and thread-safe
 * unless they say otherwise.
 */
public interface QueryStrategy {

    /** The name that {@link Strategies#byName} accepts and evaluation output shows. */
    String name();

    /** Returns the informativeness of {@code candidate}; higher is asked first. */
    double score(Candidate candidate);
}
