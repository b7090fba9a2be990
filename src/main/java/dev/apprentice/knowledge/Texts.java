package dev.apprentice.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks on taught text, and merging of example lists. */
final class Texts {

    private Texts() {
    }

    /**
     * Returns {@code value} without surrounding space.
     *
     * @throws KnowledgeException when it is null, blank or longer than {@code maxLength}
     */
    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw KnowledgeException.invalid("'" + field + "' must not be blank.");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw KnowledgeException.invalid("'" + field + "' is longer than " + maxLength
                    + " characters.");
        }
        return stripped;
    }

    /** Returns the non-blank entries of {@code values}, stripped, one per key, in order. */
    static List<String> cleaned(List<String> values, String field, int maxLength) {
        List<String> cleaned = new ArrayList<>();
        addMissing(cleaned, values == null ? List.of() : values);
        for (String value : cleaned) {
            required(value, field, maxLength);
        }
        return cleaned;
    }

    /**
     * Appends to {@code target} each non-blank entry of {@code additions} whose key it does not
     * contain yet, and returns whether anything was appended.
     */
    static boolean addMissing(List<String> target, List<String> additions) {
        Set<String> keys = new HashSet<>();
        target.forEach(value -> keys.add(Keys.of(value)));
        boolean changed = false;
        for (String value : additions) {
            if (value != null && !value.isBlank() && keys.add(Keys.of(value))) {
                target.add(value.strip());
                changed = true;
            }
        }
        return changed;
    }
}
