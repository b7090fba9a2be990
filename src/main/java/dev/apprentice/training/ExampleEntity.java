package dev.apprentice.training;

/**
 * An entity annotated in a training example. {@code start} and {@code end} count Unicode code
 * points in the plain example text (end exclusive), as Rasa counts them. {@code value} is the
 * annotated value, or the annotated text when no value was given.
 */
public record ExampleEntity(
        int start, int end, String text, String entity, String value, String role, String group) {
}
