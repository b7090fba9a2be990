package dev.apprentice.knowledge;

/**
 * A user message with the intent a user confirmed for it. {@code applied} is whether the intent
 * classifier has been updated with it.
 */
public record LabelledExample(
        long id, String text, String intent, boolean applied, Provenance provenance,
        ReviewState review) {
}
