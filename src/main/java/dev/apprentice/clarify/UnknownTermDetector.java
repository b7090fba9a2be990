package dev.apprentice.clarify;

import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Term;
import dev.apprentice.nlu.ParseResult.Entity;
import dev.apprentice.nlu.Tokenizer;
import dev.apprentice.nlu.Tokenizer.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words and phrases the bot has never met: not in its {@link Vocabulary} and not a term
 * or alias of the knowledge memory.
 *
 * <p>Each token is judged by its shape. An unknown acronym scores {@value #ACRONYM_SCORE}, a
 * mixed form ("SharePoint", "O365") {@value #MIXED_SCORE}, an unknown capitalised word inside a
 * sentence {@value #NAME_SCORE}, an unknown lower-case word {@value #LOWER_SCORE}, and an unknown
 * capitalised first word of a sentence {@value #INITIAL_SCORE}. A capitalised word inside a
 * sentence that the word list has only in lower case ("my Kestrel password") is probably a
 * name the bot does not know and scores {@value #COMMON_WORD_AS_NAME_SCORE}. Lower-case and
 * first words within edit distance 1 (2 from {@value BotVocabulary#LONG_WORD} letters) of a known
 * word are taken for typos and not reported; acronyms and names are never taken for typos. First
 * words are compared with the bot's own words only, because a sentence may start with a name
 * that happens to be one letter away from an English word.
 *
 * <p>Adjacent unknown tokens form one span, which grows over the name-like tokens around it and
 * over one following noun from {@code compoundHeads}, so "ZTNA gateway" and "Orbix sync" are
 * single terms. Numbers, ticket-like ids, URLs, e-mail addresses and every entity NLU found are
 * never terms. When a taught term or a bot term is close by edit distance, it is offered as a
 * "did you mean" option; otherwise there are no options, because the user has to teach the term.
 * An unknown term does not block an action.
 */
public final class UnknownTermDetector implements DoubtDetector {

    public static final double ACRONYM_SCORE = 1.0;
    public static final double MIXED_SCORE = 0.95;
    public static final double NAME_SCORE = 0.9;
    public static final double LOWER_SCORE = 0.7;
    public static final double INITIAL_SCORE = 0.6;
    public static final double COMMON_WORD_AS_NAME_SCORE = 0.5;
    public static final int MAX_SUGGESTIONS = 3;

    /** Nouns that often end a product or system name ("ZTNA gateway", "Orbix sync"). */
    public static final Set<String> DEFAULT_COMPOUND_HEADS = Set.of(
            "gateway", "sync", "server", "client", "portal", "service", "app", "tool",
            "dashboard", "pipeline", "job", "cluster", "database", "db", "queue", "api",
            "platform", "agent", "drive", "share", "console", "connector", "plugin", "plug-in",
            "vault", "proxy", "firewall", "suite", "module", "instance", "integration", "feed",
            "bot", "hub", "cloud", "engine", "system", "network", "store", "repo", "board",
            "workspace", "tunnel", "cache", "registry", "bridge", "interface", "endpoint",
            "export", "import", "backup", "migration", "rollout", "report", "scanner",
            "manager", "editor", "viewer", "launcher", "installer", "environment", "site");

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL =
            Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern ID_LIKE =
            Pattern.compile("(?i)[a-z]{0,6}[-_#]?\\d{3,}(?:[-_]\\d+)*");
    private static final double SHOUTING_SHARE = 0.6;
    private static final double TITLE_CASE_SHARE = 0.6;

    private final Set<String> compoundHeads;

    public UnknownTermDetector() {
        this(DEFAULT_COMPOUND_HEADS);
    }

    /** @param compoundHeads lower-case nouns that may end a multi-word name */
    public UnknownTermDetector(Set<String> compoundHeads) {
        this.compoundHeads = Set.copyOf(compoundHeads);
    }

    @Override
    public DoubtKind kind() {
        return DoubtKind.UNKNOWN_TERM;
    }

    @Override
    public List<Doubt> detect(DoubtContext context) {
        String text = context.text() == null ? "" : context.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Reading reading = new Reading(text, tokens, context);
        List<Doubt> doubts = new ArrayList<>();
        for (int[] run : reading.unknownRuns()) {
            int[] grown = reading.grow(run[0], run[1]);
            Span span = reading.span(grown[0], grown[1]);
            if (knownTerm(context, span.text())) {
                continue;
            }
            doubts.add(doubt(reading, span, grown, run));
        }
        return doubts;
    }

    private Doubt doubt(Reading reading, Span span, int[] grown, int[] run) {
        double score = 0;
        boolean commonWordOnly = true;
        for (int i = run[0]; i <= run[1]; i++) {
            Assessment a = reading.assessments[i];
            if (a != null) {
                score = Math.max(score, a.score());
                commonWordOnly &= a.commonWordAsName();
            }
        }
        List<DoubtOption> options = suggestions(reading,
                List.of(span.text(), reading.span(run[0], run[1]).text()));
        String explanation = explanation(span.text(), commonWordOnly, options);
        return new Doubt(DoubtKind.UNKNOWN_TERM, span, options, score, explanation, false);
    }

    private static String explanation(String term, boolean commonWordOnly,
            List<DoubtOption> options) {
        if (!options.isEmpty()) {
            return "I haven't met '" + term + "' before; did you mean '"
                    + options.get(0).label() + "'?";
        }
        if (commonWordOnly) {
            return "I know '" + term.toLowerCase(Locale.ROOT) + "' as an ordinary word, but not"
                    + " what '" + term + "' names here.";
        }
        return "I haven't met '" + term + "' before.";
    }

    private static boolean knownTerm(DoubtContext context, String surface) {
        KnowledgeView knowledge = context.knowledge();
        return knowledge != null
                && knowledge.term(surface, context.conversationId()).isPresent();
    }

    /** Returns the known terms closest to any of {@code surfaces}, nearest first. */
    private List<DoubtOption> suggestions(Reading reading, List<String> surfaces) {
        Set<String> candidates = new LinkedHashSet<>(reading.vocabulary.terms());
        KnowledgeView knowledge = reading.context.knowledge();
        if (knowledge != null) {
            for (Term term : knowledge.terms(reading.context.conversationId())) {
                candidates.add(term.name());
                candidates.addAll(term.aliases());
            }
        }
        record Scored(String term, int distance) {
        }
        List<Scored> close = new ArrayList<>();
        for (String candidate : candidates) {
            String known = candidate.toLowerCase(Locale.ROOT);
            int best = Integer.MAX_VALUE;
            for (String surface : surfaces) {
                String lower = surface.toLowerCase(Locale.ROOT);
                int limit = lower.length() >= BotVocabulary.LONG_WORD ? 2 : 1;
                int distance = EditDistance.within(lower, known, limit);
                if (distance > 0 && distance <= limit) {
                    best = Math.min(best, distance);
                }
            }
            if (best < Integer.MAX_VALUE) {
                close.add(new Scored(candidate, best));
            }
        }
        return close.stream().sorted(Comparator.comparingInt(Scored::distance))
                .limit(MAX_SUGGESTIONS).map(s -> new DoubtOption(s.term(), s.term())).toList();
    }

    /** The doubt score of one token; {@code commonWordAsName} marks "Kestrel"-like tokens. */
    private record Assessment(double score, boolean commonWordAsName) {
    }

    /** One message read token by token. */
    private final class Reading {
        final String text;
        final List<Token> tokens;
        final DoubtContext context;
        final VocabularyLookup vocabulary;
        final Assessment[] assessments;
        final boolean[] sentenceStart;
        final boolean[] excluded;
        final boolean shouting;
        final boolean titleCase;

        Reading(String text, List<Token> tokens, DoubtContext context) {
            this.text = text;
            this.tokens = tokens;
            this.context = context;
            this.vocabulary = new VocabularyLookup(context.vocabulary());
            this.sentenceStart = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                sentenceStart[i] = Sentences.startsSentence(text, tokens.get(i));
            }
            this.excluded = excluded();
            this.shouting = share(TokenShape.ACRONYM) >= SHOUTING_SHARE;
            this.titleCase = share(TokenShape.CAPITALISED) >= TITLE_CASE_SHARE;
            this.assessments = new Assessment[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                assessments[i] = excluded[i] ? null : assess(i);
            }
        }

        /** Returns the runs of adjacent unknown tokens as inclusive index pairs. */
        List<int[]> unknownRuns() {
            List<int[]> runs = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                if (assessments[i] == null) {
                    i++;
                    continue;
                }
                int end = i;
                while (end + 1 < tokens.size() && assessments[end + 1] != null
                        && adjacent(end, end + 1)) {
                    end++;
                }
                runs.add(new int[] {i, end});
                i = end + 1;
            }
            return runs;
        }

        /** Extends a run over the name-like tokens around it and one compound head after it. */
        int[] grow(int first, int last) {
            while (first > 0 && adjacent(first - 1, first) && nameShaped(first - 1)) {
                first--;
            }
            while (last + 1 < tokens.size() && adjacent(last, last + 1)
                    && nameShaped(last + 1) && assessments[last + 1] == null) {
                last++;
            }
            if (last + 1 < tokens.size() && adjacent(last, last + 1) && !excluded[last + 1]
                    && isCompoundHead(tokens.get(last + 1).text())) {
                last++;
            }
            return new int[] {first, last};
        }

        Span span(int first, int last) {
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            String covered = text.substring(Sentences.charIndex(text, start),
                    Sentences.charIndex(text, end));
            return new Span(start, end, covered);
        }

        private Assessment assess(int i) {
            String token = tokens.get(i).text();
            TokenShape shape = shape(i);
            if (shape == TokenShape.NO_LETTERS || ID_LIKE.matcher(token).matches()
                    || knownTerm(context, token)) {
                return null;
            }
            boolean initial = sentenceStart[i] || titleCase;
            return switch (shape) {
                case ACRONYM -> assessShaped(token, ACRONYM_SCORE);
                case MIXED -> assessShaped(token, MIXED_SCORE);
                case CAPITALISED -> initial ? assessPlain(token, true) : assessName(token);
                default -> assessPlain(token, false);
            };
        }

        /** Judges an acronym or mixed form, which is a name and never a typo. */
        private Assessment assessShaped(String token, double score) {
            return vocabulary.knows(token) ? null : new Assessment(score, false);
        }

        private Assessment assessName(String token) {
            if (vocabulary.knowsAsBotWord(token) || vocabulary.knowsAsName(token)) {
                return null;
            }
            if (vocabulary.knowsAsCommonWord(token)) {
                return new Assessment(COMMON_WORD_AS_NAME_SCORE, true);
            }
            return vocabulary.knows(token) ? null : new Assessment(NAME_SCORE, false);
        }

        private Assessment assessPlain(String token, boolean initial) {
            if (vocabulary.knows(token) || vocabulary.correction(token, initial).isPresent()) {
                return null;
            }
            return new Assessment(initial ? INITIAL_SCORE : LOWER_SCORE, false);
        }

        private TokenShape shape(int i) {
            TokenShape shape = TokenShape.of(tokens.get(i).text());
            return shouting && shape == TokenShape.ACRONYM ? TokenShape.LOWER : shape;
        }

        private boolean nameShaped(int i) {
            TokenShape shape = shape(i);
            return !excluded[i] && (shape.nameLike()
                    || (shape == TokenShape.CAPITALISED && !sentenceStart[i] && !titleCase));
        }

        private boolean isCompoundHead(String token) {
            String lower = token.toLowerCase(Locale.ROOT);
            return compoundHeads.contains(lower)
                    || WordForms.nounBases(lower).stream().anyMatch(compoundHeads::contains);
        }

        /** Returns whether only spaces or a hyphen separate two tokens. */
        private boolean adjacent(int left, int right) {
            String between = text.substring(Sentences.charIndex(text, tokens.get(left).end()),
                    Sentences.charIndex(text, tokens.get(right).start()));
            return between.isBlank() || between.strip().equals("-");
        }

        private double share(TokenShape wanted) {
            long letters = tokens.stream()
                    .filter(t -> TokenShape.of(t.text()) != TokenShape.NO_LETTERS).count();
            long matching = tokens.stream()
                    .filter(t -> TokenShape.of(t.text()) == wanted).count();
            return letters >= 3 ? (double) matching / letters : 0;
        }

        private boolean[] excluded() {
            List<int[]> ranges = new ArrayList<>();
            addMatches(URL.matcher(text), ranges);
            addMatches(EMAIL.matcher(text), ranges);
            if (context.parse() != null) {
                for (Entity entity : context.parse().entities()) {
                    if (entity.start() >= 0) {
                        ranges.add(new int[] {entity.start(), entity.end()});
                    }
                }
            }
            TermMentions.find(text, context.knowledge(), context.conversationId())
                    .forEach(m -> ranges.add(new int[] {m.start(), m.end()}));
            boolean[] result = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                result[i] = ranges.stream()
                        .anyMatch(r -> token.start() < r[1] && r[0] < token.end());
            }
            return result;
        }

        private void addMatches(Matcher matcher, List<int[]> ranges) {
            while (matcher.find()) {
                int start = text.codePointCount(0, matcher.start());
                ranges.add(new int[] {start, start + text.codePointCount(matcher.start(),
                        matcher.end())});
            }
        }
    }
}
