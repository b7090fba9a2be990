package dev.apprentice.clarify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A general English word list: {@code words} contains the lower-case entries and {@code names} the
 * capitalised ones (proper nouns and acronyms such as "Linux" or "NASA"), both lower-cased.
 * Entries with an apostrophe are left out, because possessives are recognised as inflections.
 *
 * <p>{@link #standard()} reads Debian's {@code wamerican} list when it is installed, and otherwise
 * the word list shipped as a resource, which is smaller; it says which at WARN once.
 */
public record WordList(Set<String> words, Set<String> names, String source) {

    /** The path of Debian's {@code wamerican} list. */
    public static final Path SYSTEM_LIST = Path.of("/usr/share/dict/american-english");
    /** The list shipped with the application, used when the system list is missing. */
    public static final String FALLBACK_RESOURCE = "/vocabulary/english-words.txt";

    private static final Logger LOG = Logger.getLogger(WordList.class);

    public WordList {
        words = Set.copyOf(words);
        names = Set.copyOf(names);
    }

    /** A list with no words, for tests that want the bot's own words only. */
    public static final WordList EMPTY = new WordList(Set.of(), Set.of(), "none");

    /** Returns the system list or the shipped one, read once per process. */
    public static WordList standard() {
        return Standard.LIST;
    }

    /** Reads one entry per line; blank lines and lines starting with {@code #} are skipped. */
    public static WordList read(List<String> lines, String source) {
        Set<String> words = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String line : lines) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#") || entry.indexOf('\'') >= 0) {
                continue;
            }
            String lower = entry.toLowerCase(Locale.ROOT);
            if (entry.equals(lower)) {
                words.add(lower);
            } else {
                names.add(lower);
            }
        }
        return new WordList(words, names, source);
    }

    /** Holds the standard list, so it is read and reported on first use only. */
    private static final class Standard {
        static final WordList LIST = load();

        private static WordList load() {
            if (Files.isReadable(SYSTEM_LIST)) {
                try {
                    WordList list = read(Files.readAllLines(SYSTEM_LIST, StandardCharsets.UTF_8),
                            SYSTEM_LIST.toString());
                    LOG.debugf("vocabulary.word_list source=%s words=%d names=%d",
                            list.source(), list.words().size(), list.names().size());
                    return list;
                } catch (IOException | UncheckedIOException e) {
                    LOG.warnf("vocabulary.word_list could not read %s (%s); using the shipped"
                            + " list", SYSTEM_LIST, e.getMessage());
                }
            } else {
                LOG.warnf("vocabulary.word_list %s is missing (Debian package wamerican); using"
                        + " the smaller shipped list, so more ordinary words may be taken for"
                        + " unknown terms", SYSTEM_LIST);
            }
            return shipped();
        }
    }

    /** Reads the list shipped as a resource; empty, with a warning, when it is missing. */
    static WordList shipped() {
        try (InputStream in = WordList.class.getResourceAsStream(FALLBACK_RESOURCE)) {
            if (in == null) {
                LOG.warnf("vocabulary.word_list resource %s is missing; only the bot's own"
                        + " words are known", FALLBACK_RESOURCE);
                return EMPTY;
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(in, StandardCharsets.UTF_8));
            return read(reader.lines().toList(), FALLBACK_RESOURCE);
        } catch (IOException e) {
            LOG.warnf("vocabulary.word_list could not read resource %s (%s); only the bot's"
                    + " own words are known", FALLBACK_RESOURCE, e.getMessage());
            return EMPTY;
        }
    }
}
