package dev.apprentice.tracker;

import java.util.Locale;

/** Which events a returned tracker lists, as Rasa's {@code include_events} parameter. */
public enum EventVerbosity {
    ALL, APPLIED, AFTER_RESTART, NONE;

    /** Parses the parameter case-insensitively; null gives the default, AFTER_RESTART. */
    public static EventVerbosity parse(String value) {
        if (value == null || value.isBlank()) {
            return AFTER_RESTART;
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
