package dev.apprentice.clarify;

/**
 * How a token is written, which says whether it may be a name: acronyms ("ZTNA"), mixed forms
 * with inner capitals or digits ("SharePoint", "O365"), capitalised words ("Orbix"), lower-case
 * words, and tokens without letters (numbers, symbols).
 */
enum TokenShape {
    ACRONYM, MIXED, CAPITALISED, LOWER, NO_LETTERS;

    static TokenShape of(String token) {
        int letters = 0;
        int upper = 0;
        int digits = 0;
        boolean innerUpper = false;
        int index = 0;
        for (int cp : token.codePoints().toArray()) {
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp)) {
                    upper++;
                    innerUpper |= index > 0;
                }
            } else if (Character.isDigit(cp)) {
                digits++;
            }
            index++;
        }
        if (letters == 0) {
            return NO_LETTERS;
        }
        if (upper == letters && letters >= 2) {
            return digits > 0 ? MIXED : ACRONYM;
        }
        if (digits > 0 || (innerUpper && upper < letters)) {
            return MIXED;
        }
        return upper > 0 ? CAPITALISED : LOWER;
    }

    /** Returns whether the shape alone suggests a name, wherever the token stands. */
    boolean nameLike() {
        return this == ACRONYM || this == MIXED;
    }
}
