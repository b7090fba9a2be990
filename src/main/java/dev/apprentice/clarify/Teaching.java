package dev.apprentice.clarify;

/** The content of a free-text answer to a question about a term: a sense, alias or fact. */
public sealed interface Teaching {

    /** A meaning of the term asked about, as a short phrase without the term. */
    record Sense(String gloss) implements Teaching {
    }

    /** The term asked about is another name for {@code term}. */
    record Alias(String term) implements Teaching {
    }

    /** A statement such as "Orbix", "runs on", "Kestrel". */
    record Fact(String subject, String relation, String object) implements Teaching {
    }
}
