package dev.apprentice.answer;

/**
 * One taught item an open answer may rest on. {@code id} is how a prompt refers to it
 * ({@code sense-12}, {@code fact-3}), {@code name} how the answer names it to the user, and
 * {@code text} what it states.
 */
public record Grounding(String id, String name, String text) {
}
