package dev.apprentice.review;

import java.util.Locale;

/** Where a queued message stands: waiting for a label, labelled, or skipped. */
public enum QueueState {
    PENDING, LABELLED, SKIPPED;

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
