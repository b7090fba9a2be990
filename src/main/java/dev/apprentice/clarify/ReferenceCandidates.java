package dev.apprentice.clarify;

import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.ParseResult.Entity;
import dev.apprentice.nlu.Tokenizer;
import dev.apprentice.nlu.Tokenizer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds what a pronoun may refer to in the text before it, and ranks the candidates by
 * salience. Without a parser, mentions are found by light patterns, in this order of trust:
 * terms of the knowledge memory; entities (from the entity finder given); runs of capitalised,
 * acronym or mixed-case words (sentence-initial words only when they are not ordinary words),
 * with a following {@link UnknownTermDetector#DEFAULT_COMPOUND_HEADS compound head}; nouns from a
 * list of domain nouns; and the word after one of a few verbs ("install zoom"). Mentions that
 * overlap an earlier-found one are dropped. A one-word name that is the first or last word of a
 * longer name already found ("Smith" after "John Smith") is taken for the same candidate.
 *
 * <p>Salience is {@code -recency * log(1 + d) - turns * t + subject * s + frequency * log(n)},
 * where {@code d} is the number of tokens between the candidate's last mention and the pronoun,
 * {@code t} the number of turns back, {@code s} one when the candidate was the first mention of
 * its sentence (a stand-in for the grammatical subject), and {@code n} the number of mentions.
 */
// TODO: candidates are not filtered by number or animacy, so "they" may get a singular
// candidate and "it" a person; a plural or person cue would cut wrong options.
public final class ReferenceCandidates {

    /** Nouns of an IT service desk that users refer back to. */
    public static final Set<String> DEFAULT_DOMAIN_NOUNS = Set.of(
            "laptop", "computer", "pc", "desktop", "monitor", "screen", "printer", "scanner",
            "phone", "mobile", "tablet", "keyboard", "mouse", "headset", "webcam", "camera",
            "badge", "vpn", "wifi", "network", "router", "account", "password", "email",
            "mail", "inbox", "mailbox", "calendar", "meeting", "invite", "ticket", "server",
            "database", "app", "application", "software", "program", "browser", "file",
            "folder", "document", "drive", "disk", "license", "licence", "update", "client",
            "gateway", "portal", "website", "page", "link", "token", "certificate", "profile",
            "charger", "dock", "cable", "adapter", "battery", "sync", "backup", "report");

    private static final Set<String> VERBS = Set.of(
            "install", "installed", "restart", "restarted", "open", "opened", "update",
            "updated", "reset", "use", "using", "used", "need", "ordered", "bought", "tried",
            "uninstall", "uninstalled", "reinstall", "reinstalled", "reboot", "rebooted",
            "download", "downloaded", "launch", "launched", "run", "ran");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "this", "that",
            "these", "those", "some", "new", "old");
    private static final Set<String> NOT_NAMES = Set.of(
            "i", "i'm", "i've", "i'll", "i'd", "he", "she", "it", "we", "they", "you", "the",
            "a", "an", "this", "that", "these", "those", "hi", "hello", "hey", "thanks",
            "please", "ok", "okay", "yes", "no", "but", "and", "or", "so", "if", "when",
            "then", "his", "her", "their", "my", "our", "your", "mr", "mrs", "ms", "dr");

    private final Set<String> domainNouns;
    private final Function<String, List<Entity>> entityFinder;
    private final Weights weights;

    /** The weights of the salience formula (see the class comment). */
    public record Weights(double recency, double turns, double subject, double frequency) {

        /**
         * Set by hand for chat, where the last turns matter most. Weights tuned on GAP's
         * Wikipedia paragraphs favour frequency far more, which suits one long text about a
         * few people rather than a conversation.
         */
        public static final Weights DEFAULTS = new Weights(1.0, 1.0, 1.0, 0.5);
    }

    /** A candidate referent, most salient first in the lists this class returns. */
    public record Candidate(String text, int turnsBack, int tokensBefore, boolean subject,
            int mentions, double salience) {
    }

    /** One text to search, {@code turnsBack} turns before the current message (0). */
    public record Segment(String text, int turnsBack, List<Entity> entities) {

        public Segment {
            entities = entities == null ? List.of() : List.copyOf(entities);
        }
    }

    public ReferenceCandidates() {
        this(DEFAULT_DOMAIN_NOUNS, text -> List.of(), Weights.DEFAULTS);
    }

    /**
     * @param entityFinder finds entities in earlier turns, whose parses are not kept; for
     *     example {@code EntityExtractor::extract}
     */
    public ReferenceCandidates(Set<String> domainNouns,
            Function<String, List<Entity>> entityFinder, Weights weights) {
        this.domainNouns = Set.copyOf(domainNouns);
        this.entityFinder = entityFinder;
        this.weights = weights;
    }

    /** Finds entities in an earlier turn with the entity finder. */
    public List<Entity> entitiesOf(String text) {
        return entityFinder.apply(text);
    }

    /**
     * Returns the candidates mentioned in {@code segments} (oldest first; the last one ends
     * where the pronoun starts), most salient first.
     */
    public List<Candidate> rank(List<Segment> segments, KnowledgeView knowledge,
            String conversationId, Vocabulary vocabulary) {
        VocabularyLookup words = new VocabularyLookup(vocabulary);
        List<Mention> mentions = new ArrayList<>();
        int offset = 0;
        for (Segment segment : segments) {
            List<Mention> found = mentions(segment, knowledge, conversationId, words);
            for (Mention m : found) {
                mentions.add(m.shifted(offset));
            }
            offset += Tokenizer.tokenize(segment.text()).size();
        }
        return rankMentions(mentions, offset);
    }

    private List<Candidate> rankMentions(List<Mention> mentions, int totalTokens) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byKey.computeIfAbsent(keyFor(m, byKey), k -> new ArrayList<>()).add(m);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (List<Mention> group : byKey.values()) {
            Mention last = group.get(group.size() - 1);
            Mention longest = group.stream()
                    .max(Comparator.comparingInt(m -> m.text().length())).orElseThrow();
            int distance = Math.max(0, totalTokens - last.tokenEnd());
            double salience = -weights.recency() * Math.log(1 + distance)
                    - weights.turns() * last.turnsBack()
                    + (last.firstInSentence() ? weights.subject() : 0)
                    + weights.frequency() * Math.log(group.size());
            candidates.add(new Candidate(longest.text(), last.turnsBack(), distance,
                    last.firstInSentence(), group.size(), salience));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::salience).reversed());
        return candidates;
    }

    /** Returns the key of an existing candidate that {@code m} names again, or its own key. */
    private static String keyFor(Mention m, Map<String, List<Mention>> byKey) {
        String key = m.key();
        if (byKey.containsKey(key) || key.indexOf(' ') >= 0) {
            return key;
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (int i = keys.size() - 1; i >= 0; i--) {
            String[] words = keys.get(i).split(" ");
            if (words.length > 1 && (words[0].equals(key)
                    || words[words.length - 1].equals(key))) {
                return keys.get(i);
            }
        }
        return key;
    }

    /** A mention; token indexes are within all segments, {@code tokenEnd} exclusive. */
    private record Mention(String text, String key, int tokenStart, int tokenEnd, int turnsBack,
            boolean firstInSentence) {
        Mention shifted(int offset) {
            return new Mention(text, key, tokenStart + offset, tokenEnd + offset, turnsBack,
                    firstInSentence);
        }
    }

    private List<Mention> mentions(Segment segment, KnowledgeView knowledge,
            String conversationId, VocabularyLookup words) {
        String text = segment.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean[] taken = new boolean[tokens.size()];
        List<int[]> spans = new ArrayList<>();
        TermMentions.find(text, knowledge, conversationId)
                .forEach(m -> claim(tokens, taken, spans, m.start(), m.end()));
        segment.entities().stream().filter(e -> e.start() >= 0)
                .forEach(e -> claim(tokens, taken, spans, e.start(), e.end()));
        names(text, tokens, taken, spans, words);
        for (int i = 0; i < tokens.size(); i++) {
            if (!taken[i] && isDomainNoun(tokens.get(i).text())) {
                claimTokens(taken, spans, i, i);
            }
        }
        objects(tokens, taken, spans);
        spans.sort(Comparator.comparingInt(s -> s[0]));
        return toMentions(text, tokens, spans, segment.turnsBack());
    }

    private List<Mention> toMentions(String text, List<Token> tokens, List<int[]> spans,
            int turnsBack) {
        List<Mention> mentions = new ArrayList<>();
        int sentence = -1;
        for (int[] span : spans) {
            int sentenceOfSpan = sentenceIndex(text, tokens, span[0]);
            String surface = text.substring(
                    Sentences.charIndex(text, tokens.get(span[0]).start()),
                    Sentences.charIndex(text, tokens.get(span[1]).end()));
            surface = withoutPossessive(surface);
            String key = keyOf(surface);
            mentions.add(new Mention(surface, key, span[0], span[1] + 1, turnsBack,
                    sentenceOfSpan != sentence));
            sentence = sentenceOfSpan;
        }
        return mentions;
    }

    private static int sentenceIndex(String text, List<Token> tokens, int index) {
        int sentence = 0;
        for (int i = 1; i <= index; i++) {
            if (Sentences.startsSentence(text, tokens.get(i))) {
                sentence++;
            }
        }
        return sentence;
    }

    private String keyOf(String surface) {
        List<String> words = new ArrayList<>(Tokenizer.words(surface));
        while (words.size() > 1 && DETERMINERS.contains(words.get(0))) {
            words.remove(0);
        }
        if (words.size() == 1) {
            String word = words.get(0);
            for (String base : WordForms.nounBases(word)) {
                if (domainNouns.contains(base)) {
                    return base;
                }
            }
        }
        return String.join(" ", words);
    }

    /** Claims runs of name-shaped tokens, plus a compound head right after them. */
    private void names(String text, List<Token> tokens, boolean[] taken, List<int[]> spans,
            VocabularyLookup words) {
        int i = 0;
        while (i < tokens.size()) {
            if (taken[i] || !isName(text, tokens, i, words)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && !taken[end + 1] && !possessive(tokens.get(end))
                    && spaceBetween(text, tokens.get(end), tokens.get(end + 1))
                    && isName(text, tokens, end + 1, words)) {
                end++;
            }
            if (end + 1 < tokens.size() && !taken[end + 1] && !possessive(tokens.get(end))
                    && spaceBetween(text, tokens.get(end), tokens.get(end + 1))
                    && UnknownTermDetector.DEFAULT_COMPOUND_HEADS
                            .contains(lower(tokens.get(end + 1).text()))) {
                end++;
            }
            claimTokens(taken, spans, i, end);
            i = end + 1;
        }
    }

    private static boolean isName(String text, List<Token> tokens, int i,
            VocabularyLookup words) {
        String token = tokens.get(i).text();
        TokenShape shape = TokenShape.of(token);
        if (shape.nameLike()) {
            return !NOT_NAMES.contains(lower(token));
        }
        if (shape != TokenShape.CAPITALISED || NOT_NAMES.contains(lower(token))) {
            return false;
        }
        if (!Sentences.startsSentence(text, tokens.get(i))) {
            return true;
        }
        // Not knowsAsName: word lists hold "In" and "At" as chemical symbols.
        return !words.knowsAsCommonWord(withoutPossessive(token));
    }

    private static boolean spaceBetween(String text, Token left, Token right) {
        return text.substring(Sentences.charIndex(text, left.end()),
                Sentences.charIndex(text, right.start())).isBlank();
    }

    private static boolean possessive(Token token) {
        return !withoutPossessive(token.text()).equals(token.text());
    }

    /** Returns {@code word} without a final "'s", so "Smith's" names Smith. */
    static String withoutPossessive(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** Claims the word after a verb, past determiners, when nothing else has claimed it. */
    private void objects(List<Token> tokens, boolean[] taken, List<int[]> spans) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!VERBS.contains(lower(tokens.get(i).text()))) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && DETERMINERS.contains(lower(tokens.get(j).text()))) {
                j++;
            }
            if (j < tokens.size() && !taken[j]
                    && TokenShape.of(tokens.get(j).text()) != TokenShape.NO_LETTERS
                    && !NOT_NAMES.contains(lower(tokens.get(j).text()))
                    && !AmbiguousReferenceDetector.isPronoun(lower(tokens.get(j).text()))) {
                claimTokens(taken, spans, j, j);
            }
        }
    }

    private boolean isDomainNoun(String token) {
        String lower = lower(token);
        return domainNouns.contains(lower)
                || WordForms.nounBases(lower).stream().anyMatch(domainNouns::contains);
    }

    private static void claim(List<Token> tokens, boolean[] taken, List<int[]> spans,
            int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < end && start < tokens.get(i).end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first >= 0) {
            claimTokens(taken, spans, first, last);
        }
    }

    private static void claimTokens(boolean[] taken, List<int[]> spans, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (taken[i]) {
                return;
            }
        }
        Arrays.fill(taken, first, last + 1, true);
        spans.add(new int[] {first, last});
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
