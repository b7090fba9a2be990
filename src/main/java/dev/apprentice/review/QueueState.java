package dev.apprentice.review;

import java.util.Locale;

/** The state of a queued message: waiting for a label, labelled, or skipped. */
public enum QueueState {
    PENDING, LABELLED, SKIPPED;

    /** Returns the lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
