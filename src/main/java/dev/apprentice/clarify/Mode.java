package dev.apprentice.clarify;

import java.util.Locale;
import java.util.Optional;

/**
 * How freely the bot asks. A teacher teaches: the bot asks about every doubt and confirms what
 * it learned. With a partner the bot proposes its best guess and asks to confirm it. For an
 * assistant the bot asks only when it cannot act safely, and otherwise states its assumption.
 */
public enum Mode {
    TEACHER, PARTNER, ASSISTANT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a mode name in any case; anything else gives empty. */
    public static Optional<Mode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Mode mode : values()) {
            if (mode.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
