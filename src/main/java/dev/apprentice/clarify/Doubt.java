package dev.apprentice.clarify;

import java.util.List;

/**
 * Something the bot is unsure of in one message. {@code score} is in [0, 1], higher meaning
 * more doubt, and is compared with the mode's threshold for the kind. {@code explanation} is one
 * sentence a user can read saying why the bot would ask. {@code blocking} says the bot cannot
 * act safely without an answer (for example, it does not know which intent was meant).
 */
public record Doubt(
        DoubtKind kind, Span span, List<DoubtOption> options, double score,
        String explanation, boolean blocking) {

    public Doubt {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
