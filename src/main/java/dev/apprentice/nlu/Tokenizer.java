package dev.apprentice.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens at whitespace and punctuation, in the spirit of Rasa's
 * WhitespaceTokenizer. A token is a maximal run of code points that are neither whitespace nor
 * punctuation, so symbols such as emoji form tokens too. Punctuation between two letters or digits
 * stays inside the token ("don't", "e-mail", "3.5"). Offsets count Unicode code points, end
 * exclusive.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** A token and its code point offsets in the text it was cut from. */
    public record Token(String text, int start, int end) {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int codePoint = 0;
        int tokenStart = -1;
        int charTokenStart = -1;
        for (int i = 0; i < text.length(); codePoint++) {
            int cp = text.codePointAt(i);
            boolean separator = isSeparator(text, i, cp);
            if (!separator && tokenStart < 0) {
                tokenStart = codePoint;
                charTokenStart = i;
            } else if (separator && tokenStart >= 0) {
                tokens.add(new Token(text.substring(charTokenStart, i), tokenStart, codePoint));
                tokenStart = -1;
            }
            i += Character.charCount(cp);
        }
        if (tokenStart >= 0) {
            tokens.add(new Token(text.substring(charTokenStart), tokenStart, codePoint));
        }
        return tokens;
    }

    /** Returns the lower-case token texts, the form the intent features are built from. */
    public static List<String> words(String text) {
        return tokenize(text).stream().map(t -> t.text().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    private static boolean isSeparator(String text, int index, int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        // The underscore is connector punctuation but belongs to words such as snake_case names.
        if (cp == '_' || !isPunctuation(cp)) {
            return false;
        }
        return !(index > 0 && isWordPoint(text.codePointBefore(index))
                && index + 1 < text.length() && isWordPoint(text.codePointAt(index + 1)));
    }

    private static boolean isWordPoint(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
