package dev.apprentice.clarify;

import dev.apprentice.clarify.DoubtContext.Turn;
import dev.apprentice.clarify.ReferenceCandidates.Candidate;
import dev.apprentice.clarify.ReferenceCandidates.Segment;
import dev.apprentice.nlu.Tokenizer;
import dev.apprentice.nlu.Tokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pronouns and demonstratives ("it", "they", "them", "this", "that", "those", "these",
 * "that one", "this one", "the other one") whose referent the recent turns leave open: several
 * candidates (the options, most salient first) or none.
 *
 * <p>Candidates come from {@link ReferenceCandidates}, over the last {@code maxTurns} turns and
 * the current message before the pronoun. With several, the score is
 * {@code 0.5 + 0.5 * exp(-gap)} for the salience gap between the first two, so two candidates
 * mentioned equally recently score 1.0 and a clear favourite scores near 0.5; several
 * candidates block an action. With none, the score is {@code noneScore} and the doubt does not
 * block, because many such messages can be acted on anyway. "The other one" with exactly two
 * candidates means the less salient one and raises no doubt.
 *
 * <p>Non-referring uses are skipped by patterns: weather and time ("it's raining", "it is
 * 5 pm"), success ("it works now", "it's fine"), extraposition ("is it possible", "it is hard
 * to"), "it seems", "it turns out", idioms ("got it", "that's it"), feedback on the bot's last
 * suggestion ("that fixed it", "it still doesn't work"), what a screen shows ("it says") and
 * the urgency or id of the issue at hand ("it's critical", "it's INC0012345"). "This" and
 * "that" count only when they end a clause after a verb ("can you fix that?") or come with
 * "one". A demonstrative before a noun ("that printer") names its referent, so it is skipped.
 */
public final class AmbiguousReferenceDetector implements DoubtDetector {

    public static final int DEFAULT_MAX_TURNS = 4;
    public static final double DEFAULT_NONE_SCORE = 0.6;
    public static final int MAX_OPTIONS = 4;

    private static final Set<String> PRONOUNS = Set.of(
            "it", "it's", "its", "they", "they're", "them", "their", "this", "that", "those",
            "these");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "those", "these");
    private static final Set<String> NOT_AFTER = Set.of(
            "like", "after", "before", "than", "about", "is", "was", "at", "by", "all", "of",
            "and", "or", "but", "so", "with", "for", "in", "on");
    private static final Pattern PHRASES = Pattern.compile(
            "(?i)\\b(?:the other one|the other(?=\\s*(?:$|[.,!?;])))|\\b(?:that|this) one\\b");
    private static final List<Pattern> NON_REFERRING = List.of(
            Pattern.compile("(?i)\\b(?<p>it)(?:'s|\u2019s| is| was| will be| has been)?"
                    + " (?:\\w+ )?(?:raining|snowing|sunny|cloudy|cold|hot|warm|windy|late"
                    + "|early|time|noon|midnight|monday|tuesday|wednesday|thursday|friday"
                    + "|saturday|sunday|weekend|\\d{1,2}(?::\\d\\d)?(?: ?[ap]\\.?m\\.?)?"
                    + "|o'clock)\\b"),
            Pattern.compile("(?i)\\b(?<p>it)(?:'s|\u2019s| is)? ?(?:works|worked|working)"
                    + "(?: now| again| fine| perfectly)?\\s*(?:$|[.,!?;])"),
            Pattern.compile("(?i)\\b(?<p>it)(?:'s|\u2019s| is| was) (?:all )?(?:fine|ok|okay"
                    + "|alright|all right|good|sorted|fixed|solved|resolved|me|us|just me)\\b"),
            Pattern.compile("(?i)\\b(?:is|was|would|will|isn't|wasn't|would it|will it)"
                    + " (?<p>it) (?:be )?(?:possible|ok|okay|fine|alright|true|necessary"
                    + "|normal|safe|likely|worth|allowed|required|mandatory|free|easy|hard)\\b"),
            Pattern.compile("(?i)\\b(?<p>it)(?:'s|\u2019s| is| was| would be| will be"
                    + "| seems| looks| feels) (?:\\w+ )?(?:possible|impossible|important"
                    + "|necessary|likely|unlikely|hard|easy|difficult|clear|true|strange"
                    + "|weird|odd|annoying|frustrating|a shame|a pity|too bad|urgent)\\b"),
            Pattern.compile("(?i)\\b(?<p>it) (?:seems|seemed|looks|looked|appears|appeared"
                    + "|sounds|feels|turns out|turned out)\\b"),
            Pattern.compile("(?i)\\b(?<p>it) (?:takes|took|will take) (?:\\w+ )?(?:minutes"
                    + "|hours|days|ages|forever|long|a while)\\b"),
            Pattern.compile("(?i)\\b(?:that's|that is|got|forget|i mean|i get|never mind"
                    + "|take|if) (?<p>it)\\b(?: easy| helps)?"),
            Pattern.compile("(?i)\\b(?<p>it) is what it is\\b"),
            // Feedback on the bot's last suggestion, whose referent is that suggestion.
            Pattern.compile("(?i)\\b(?:fixed|solved|sorted|did|go for|do) (?<p>it)\\b"),
            Pattern.compile("(?i)\\b(?:yes|yeah|no|nope),? (?<p>it) (?:did|didn't|did not)\\b"),
            Pattern.compile("(?i)\\b(?<p>it) still (?:doesn't|does not|isn't|is not|won't)\\b"),
            // What a screen shows, and the urgency or id of the issue under discussion.
            Pattern.compile("(?i)\\b(?<p>it) (?:says|said|shows|showed|tells me|told me)\\b"),
            Pattern.compile("(?i)\\b(?<p>it)(?:'s|\u2019s| is) (?:a |an |quite |very |really )?"
                    + "(?:low|medium|high|critical|urgent|showstopper|blocking|blocker|minor"
                    + "|major|priority)\\b"),
            Pattern.compile("(?i)\\b(?<p>it)(?:'s|\u2019s| is) (?:ticket )?#?[a-z]{0,6}-?\\d{3,}"),
            Pattern.compile("(?i)\\b(?<p>it) can wait\\b"));

    private final ReferenceCandidates candidates;
    private final int maxTurns;
    private final double noneScore;

    public AmbiguousReferenceDetector() {
        this(new ReferenceCandidates(), DEFAULT_MAX_TURNS, DEFAULT_NONE_SCORE);
    }

    /**
     * @param maxTurns how many recent turns to search for candidates
     * @param noneScore the score of a pronoun without any candidate
     */
    public AmbiguousReferenceDetector(ReferenceCandidates candidates, int maxTurns,
            double noneScore) {
        this.candidates = candidates;
        this.maxTurns = maxTurns;
        this.noneScore = noneScore;
    }

    @Override
    public DoubtKind kind() {
        return DoubtKind.AMBIGUOUS_REFERENCE;
    }

    static boolean isPronoun(String lowerToken) {
        return PRONOUNS.contains(lowerToken);
    }

    @Override
    public List<Doubt> detect(DoubtContext context) {
        String text = context.text() == null ? "" : context.text();
        List<Doubt> doubts = new ArrayList<>();
        for (Span reference : references(text)) {
            List<Candidate> ranked = candidates.rank(segments(context, text, reference),
                    context.knowledge(), context.conversationId(), context.vocabulary());
            Doubt doubt = doubt(reference, ranked);
            if (doubt != null) {
                doubts.add(doubt);
            }
        }
        return doubts;
    }

    /** Returns the referring pronouns and demonstrative phrases of {@code text}. */
    public static List<Span> references(String text) {
        List<int[]> skipped = nonReferring(text);
        List<Span> spans = new ArrayList<>();
        Matcher phrase = PHRASES.matcher(text);
        while (phrase.find()) {
            int[] range = codePoints(text, phrase.start(), phrase.end());
            spans.add(new Span(range[0], range[1], phrase.group()));
            skipped.add(range);
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lower = token.text().toLowerCase(Locale.ROOT);
            boolean inside = skipped.stream()
                    .anyMatch(r -> token.start() < r[1] && r[0] < token.end());
            if (PRONOUNS.contains(lower) && !inside && refers(text, tokens, i, lower)) {
                spans.add(new Span(token.start(), token.end(), token.text()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    private static boolean refers(String text, List<Token> tokens, int i, String lower) {
        if (!DEMONSTRATIVES.contains(lower)) {
            return true;
        }
        boolean clauseEnds = i + 1 == tokens.size() || Sentences.startsSentence(text,
                tokens.get(i + 1)) || punctuationFollows(text, tokens.get(i));
        boolean afterVerb = i > 0
                && !NOT_AFTER.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
        return clauseEnds && afterVerb;
    }

    private static boolean punctuationFollows(String text, Token token) {
        int index = Sentences.charIndex(text, token.end());
        String rest = text.substring(index).stripLeading();
        return !rest.isEmpty() && ",;:".indexOf(rest.charAt(0)) >= 0;
    }

    private static List<int[]> nonReferring(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (Pattern pattern : NON_REFERRING) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                ranges.add(codePoints(text, matcher.start("p"), matcher.end("p")));
            }
        }
        return ranges;
    }

    private List<Segment> segments(DoubtContext context, String text, Span reference) {
        List<Turn> turns = context.recentTurns();
        List<Segment> segments = new ArrayList<>();
        int first = Math.max(0, turns.size() - maxTurns);
        for (int i = first; i < turns.size(); i++) {
            String turnText = turns.get(i).text() == null ? "" : turns.get(i).text();
            segments.add(new Segment(turnText, turns.size() - i,
                    candidates.entitiesOf(turnText)));
        }
        String before = text.substring(0, Sentences.charIndex(text, reference.start()));
        List<dev.apprentice.nlu.ParseResult.Entity> entities = context.parse() == null
                ? List.of() : context.parse().entities().stream()
                        .filter(e -> e.end() <= reference.start()).toList();
        segments.add(new Segment(before, 0, entities));
        return segments;
    }

    private Doubt doubt(Span reference, List<Candidate> ranked) {
        String quoted = "'" + reference.text() + "'";
        if (ranked.isEmpty()) {
            return new Doubt(DoubtKind.AMBIGUOUS_REFERENCE, reference, List.of(), noneScore,
                    "I'm not sure what " + quoted + " refers to.", false);
        }
        if (ranked.size() == 1 || (ranked.size() == 2
                && reference.text().toLowerCase(Locale.ROOT).startsWith("the other"))) {
            return null;
        }
        double gap = ranked.get(0).salience() - ranked.get(1).salience();
        double score = 0.5 + 0.5 * Math.exp(-Math.max(0, gap));
        List<DoubtOption> options = ranked.stream().limit(MAX_OPTIONS)
                .map(c -> new DoubtOption(c.text(), c.text())).toList();
        return new Doubt(DoubtKind.AMBIGUOUS_REFERENCE, reference, options, score,
                "I'm not sure whether " + quoted + " means " + joined(options) + ".", true);
    }

    private static String joined(List<DoubtOption> options) {
        List<String> labels = options.stream().map(o -> "'" + o.label() + "'").toList();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or "
                + labels.get(labels.size() - 1);
    }

    private static int[] codePoints(String text, int charStart, int charEnd) {
        int start = text.codePointCount(0, charStart);
        return new int[] {start, start + text.codePointCount(charStart, charEnd)};
    }
}
