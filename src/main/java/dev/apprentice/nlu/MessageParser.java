package dev.apprentice.nlu;

/** Understands one user message. Implementations are thread-safe. */
@FunctionalInterface
public interface MessageParser {

    ParseResult parse(String text);
}
