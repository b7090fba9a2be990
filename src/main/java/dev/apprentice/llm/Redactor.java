package dev.apprentice.llm;

import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in text that is about to leave the process. E-mail addresses become
 * {@code [EMAIL]}, also without a dot in the domain ({@code user@localhost}). IBANs become
 * {@code [IBAN]} in capitals or lower case, with or without a space every four characters,
 * and with a valid ISO 13616 check sum. Card numbers of 13 to 19 digits that pass the Luhn
 * check become {@code [CARD]}. Phone numbers become {@code [PHONE]}: a run of 9 to 15 digits
 * with spaces, dots, dashes, slashes or brackets between them, or of 8 to 15 digits after a
 * {@code +}. Shorter runs such as dates, ticket numbers and versions are kept. Stateless and
 * thread-safe.
 */
public final class Redactor {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?"
                    + "(?![A-Za-z0-9])");
    private static final Pattern CARD = Pattern.compile(
            "(?<![\\w-])\\d(?:[ -]?\\d){12,18}(?![\\w-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+/-])\\+?\\(?\\d(?:[ ()./-]{0,2}\\d){6,16}(?![\\w/-])");

    /** Returns {@code text} with every match replaced; null gives the empty string. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String result = replace(EMAIL, text, "[EMAIL]", match -> true);
        result = replace(IBAN, result, "[IBAN]", Redactor::validIban);
        result = replace(CARD, result, "[CARD]", Redactor::passesLuhn);
        return replace(PHONE, result, "[PHONE]", Redactor::phoneLike);
    }

    /**
     * Returns whether {@code part}, a piece cut from {@code text}, is or lies inside personal
     * data of {@code text}: its words change when redacted, or they occur in {@code text} but
     * no longer in the redacted text. A term such as "IBAN GB82 WEST", cut from a message with
     * a whole IBAN, is no IBAN on its own, so redacting the term alone would let it leave.
     */
    public boolean hides(String text, String part) {
        if (part == null || part.isBlank()) {
            return false;
        }
        if (!redact(part).equals(part)) {
            return true;
        }
        String whole = text == null ? "" : text.toLowerCase(Locale.ROOT);
        String piece = part.toLowerCase(Locale.ROOT);
        return whole.contains(piece) && !redact(text).toLowerCase(Locale.ROOT).contains(piece);
    }

    private static String replace(Pattern pattern, String text, String label,
            Predicate<String> accept) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = accept.test(m.group()) ? label : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Checks the ISO 13616 check digits: the rearranged number modulo 97 is 1. */
    static boolean validIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c)
                    : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static boolean passesLuhn(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return digits.length() >= 13 && sum % 10 == 0;
    }

    private static boolean phoneLike(String candidate) {
        int digits = candidate.replaceAll("\\D", "").length();
        int least = candidate.startsWith("+") ? 8 : 9;
        return digits >= least && digits <= 15;
    }
}
