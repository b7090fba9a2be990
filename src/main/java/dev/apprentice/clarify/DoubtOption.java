package dev.apprentice.clarify;

/**
 * One answer the bot can offer: {@code value} is what choosing it means to the engine (an
 * intent name, a sense id, a candidate referent), {@code label} what the user reads.
 */
public record DoubtOption(String value, String label) {
}
