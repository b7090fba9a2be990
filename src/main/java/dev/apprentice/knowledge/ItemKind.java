package dev.apprentice.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The kinds of stored item that can be reviewed, each with its own id sequence. */
public enum ItemKind {
    TERM("terms"), ALIAS("aliases"), SENSE("senses"), FACT("facts"), EXAMPLE("examples");

    private final String plural;

    ItemKind(String plural) {
        this.plural = plural;
    }

    /** The plural noun used in paths of the review API, for example {@code senses}. */
    public String plural() {
        return plural;
    }

    public String singular() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemKind> fromPlural(String plural) {
        for (ItemKind kind : values()) {
            if (kind.plural.equals(plural)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
