package dev.apprentice.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The state of a queued message: waiting for a label, labelled, or skipped. */
public enum QueueState {
    PENDING, LABELLED, SKIPPED;

    /** Returns the lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the state whose {@link #id()} is {@code id}, or empty for any other text. */
    public static Optional<QueueState> fromId(String id) {
        return Arrays.stream(values()).filter(state -> state.id().equals(id)).findFirst();
    }
}
