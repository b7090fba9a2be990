package dev.apprentice.clarify;

/** A part of a message; offsets count Unicode code points, end exclusive, as Rasa's do. */
public record Span(int start, int end, String text) {
}
