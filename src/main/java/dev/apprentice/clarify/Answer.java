package dev.apprentice.clarify;

/**
 * How the user answered a clarifying question: by choosing an option (a button, an ordinal or
 * the option's words), by rejecting every option and maybe saying what was meant instead, with
 * free text such as a definition, or by dropping the question.
 */
public sealed interface Answer {

    record Chosen(DoubtOption option) implements Answer {
    }

    /** None of the options; {@code text} is what the user said instead, possibly empty. */
    record Neither(String text) implements Answer {
    }

    record FreeText(String text) implements Answer {
    }

    record Skip() implements Answer {
    }
}
