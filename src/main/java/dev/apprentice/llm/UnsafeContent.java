package dev.apprentice.llm;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds content that a model's reply must not carry to the user: links, e-mail addresses and
 * slash commands. A link is a URL with a scheme ({@code https://}, {@code mailto:}), a host
 * starting with {@code www.}, a Markdown link {@code [text](target)}, a host name followed by a
 * path or port ({@code evil.example/login}), or a bare host name under a common top-level
 * domain ({@code evil.com}). A slash command is a word that starts with {@code /}, such as
 * {@code /mode}; a slash inside a word, as in {@code and/or} or {@code TCP/IP}, is kept.
 * Stateless and thread-safe.
 */
final class UnsafeContent {

    private static final String HOST = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}-]+)*";
    // NOTE: a bare host name counts as a link only under these top-level domains, so that file
    // names such as application.properties stay allowed. Others pass unless a path follows.
    private static final String COMMON_TLD = "com|net|org|edu|gov|info|biz|io|co|me|app|dev"
            + "|ai|xyz|site|online|top|link|click|example|test|invalid|localhost|local|internal"
            + "|ru|cn|de|uk|fr|nl|eu|us|tk|ly|to|gl|sh";
    private static final List<Check> CHECKS = List.of(
            new Check("a link", "\\b[a-z][a-z0-9+.-]*://"),
            new Check("a link", "\\b(?:https?|ftp|file|mailto|javascript|data|tel|sms):\\S"),
            new Check("a link", "\\bwww\\d?\\."),
            new Check("a link", "\\[[^\\]]*\\]\\([^)]*\\)"),
            new Check("a link", "(?<![\\p{L}\\p{N}@.-])" + HOST + "\\.[\\p{L}][\\p{L}\\p{N}-]+"
                    + "(?::\\d{1,5})?/"),
            new Check("a link", "(?<![\\p{L}\\p{N}@.-])" + HOST + "\\.(?:" + COMMON_TLD + ")"
                    + "(?![\\p{L}\\p{N}-])"),
            new Check("an e-mail address", "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+"),
            new Check("a slash command", "(?<![\\p{L}\\p{N}_/.:~-])/[\\p{L}_]"));

    private UnsafeContent() {
    }

    /** Returns what {@code text} contains that a reply must not, or empty when it is clean. */
    static Optional<String> find(String text) {
        for (Check check : CHECKS) {
            if (check.pattern().matcher(text).find()) {
                return Optional.of(check.name());
            }
        }
        return Optional.empty();
    }

    private record Check(String name, Pattern pattern) {

        Check(String name, String regex) {
            this(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE));
        }
    }
}
