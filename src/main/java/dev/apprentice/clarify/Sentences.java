package dev.apprentice.clarify;

import dev.apprentice.nlu.Tokenizer.Token;

/** Where sentences start, told by punctuation, for reading capital letters. */
final class Sentences {

    private Sentences() {
    }

    /**
     * Returns whether {@code token} is the first word of a sentence in {@code text}: nothing but
     * spaces, quotes or brackets stands before it, or the last mark before it ends a sentence
     * or a clause introduced by a colon.
     */
    static boolean startsSentence(String text, Token token) {
        int index = text.offsetByCodePoints(0, token.start());
        while (index > 0) {
            int cp = text.codePointBefore(index);
            if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == '\n') {
                return true;
            }
            if (!Character.isWhitespace(cp) && !isOpening(cp)) {
                return false;
            }
            index -= Character.charCount(cp);
        }
        return true;
    }

    /** Converts a code-point offset of {@code text} to a char index. */
    static int charIndex(String text, int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    private static boolean isOpening(int cp) {
        return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '\u201c'
                || cp == '\u2018' || cp == '-' || cp == '*';
    }
}
