package dev.apprentice.clarify;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a user's definition into a gloss: "Orbix sync is our nightly order export" and "it's
 * our nightly order export" both give "our nightly order export".
 */
final class Glosses {

    private static final Pattern LEAD = Pattern.compile(
            "^(it'?s|it is|that'?s|that is|they'?re|they are|this is|means|it means)\\s+",
            Pattern.CASE_INSENSITIVE);

    private Glosses() {
    }

    static String clean(String definition, String term) {
        String text = definition == null ? "" : definition.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String termLower = term.toLowerCase(Locale.ROOT);
        for (String verb : new String[] {" is ", " are ", " means "}) {
            if (lower.startsWith(termLower + verb)) {
                text = text.substring(termLower.length() + verb.length());
                break;
            }
        }
        text = LEAD.matcher(text).replaceFirst("");
        return text.replaceAll("[.!]+$", "").strip();
    }
}
