package dev.apprentice.api;

import dev.apprentice.tracker.EventVerbosity;
import java.util.Locale;

/**
 * Parses the query parameters of the HTTP API as Rasa does. Invalid values are a 400 whose
 * details name the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    /** Parses {@code include_events}; absent gives AFTER_RESTART, case does not matter. */
    static EventVerbosity includeEvents(String value) {
        try {
            return EventVerbosity.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("Invalid parameter value for 'include_events'. "
                    + "Should be one of ALL, APPLIED, AFTER_RESTART, NONE.",
                    "include_events", "query");
        }
    }

    /** Parses {@code until} as seconds since the epoch; absent gives null. */
    static Double until(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double until = Double.parseDouble(value.trim());
            if (Double.isNaN(until)) {
                throw new NumberFormatException("NaN");
            }
            return until;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("Invalid parameter value for 'until'. Should be a "
                    + "Unix timestamp in seconds, such as 1714031234.5.", "until", "query");
        }
    }

    /** Rasa's boolean query parameters are true only for the text {@code true}, any case. */
    static boolean bool(String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
    }
}
