package dev.apprentice.logging;

/**
 * Makes untrusted strings, such as ids, action names and event types that a client sends, safe
 * to put in a log line. A newline in such a string would otherwise start a forged log line.
 */
public final class LogText {

    /** The maximum length of an id or name, in characters. Longer text is cut and marked. */
    public static final int MAX_CHARS = 80;
    /** The maximum length of an error message, in characters, so that a URL in it survives. */
    public static final int MAX_MESSAGE_CHARS = 300;

    private LogText() {
    }

    /**
     * Returns {@code text} with each control, format, line or paragraph separator character
     * written as a {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX} escape, cut
     * after {@link #MAX_CHARS} characters. A null text becomes {@code "null"}.
     */
    public static String of(String text) {
        return of(text, MAX_CHARS);
    }

    /** Returns {@code text} escaped as by {@link #of(String)}, cut after {@code maxChars}. */
    public static String of(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), maxChars);
        StringBuilder out = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            appendEscaped(out, text.charAt(i));
        }
        if (text.length() > maxChars) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (needsEscape(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
