package dev.apprentice.clarify;

import java.util.Optional;

/**
 * Reads a free-text answer to a question about a term into what it teaches. Empty means the
 * answer teaches nothing usable. Implementations are thread-safe and never raise.
 */
@FunctionalInterface
public interface TeachingReader {

    Optional<Teaching> read(String answer, Question question);

    /**
     * The embedded reader: the answer is a definition of the term, such as "Orbix sync is our
     * nightly order export", which gives the sense "our nightly order export".
     */
    TeachingReader GLOSSES = (answer, question) -> {
        String gloss = Glosses.clean(answer, question.span().text());
        return gloss.isEmpty() ? Optional.empty() : Optional.of(new Teaching.Sense(gloss));
    };
}
