package dev.apprentice.clarify;

import dev.apprentice.clarify.TermMentions.Mention;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.knowledge.Sense;
import dev.apprentice.nlu.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds terms of the knowledge memory with two or more senses that the message does not tell
 * apart. Each sense is embedded as its gloss followed by its examples; the message is embedded
 * whole; the doubt is raised when the cosine similarity of the best sense exceeds that of the
 * second by less than {@code marginThreshold}. Its score is {@code 1 - margin}, its options are
 * the senses (value: the sense id, label: the gloss), most similar first, and it blocks when
 * the margin is below half the threshold, that is when the message leans to neither sense.
 * Rejected senses are never options.
 */
public final class AmbiguousTermDetector implements DoubtDetector {

    public static final double DEFAULT_MARGIN_THRESHOLD = 0.05;

    private final SentenceEmbedder embedder;
    private final double marginThreshold;

    public AmbiguousTermDetector(SentenceEmbedder embedder) {
        this(embedder, DEFAULT_MARGIN_THRESHOLD);
    }

    public AmbiguousTermDetector(SentenceEmbedder embedder, double marginThreshold) {
        this.embedder = embedder;
        this.marginThreshold = marginThreshold;
    }

    @Override
    public DoubtKind kind() {
        return DoubtKind.AMBIGUOUS_TERM;
    }

    /** A sense and the cosine similarity of its text with the message. */
    public record ScoredSense(Sense sense, double similarity) {
    }

    @Override
    public List<Doubt> detect(DoubtContext context) {
        String text = context.text() == null ? "" : context.text();
        List<Doubt> doubts = new ArrayList<>();
        for (Mention mention : TermMentions.find(text, context.knowledge(),
                context.conversationId())) {
            List<Sense> senses = mention.term().senses().stream()
                    .filter(s -> s.review() != ReviewState.REJECTED).toList();
            if (senses.size() < 2) {
                continue;
            }
            List<ScoredSense> scored = score(text, senses);
            double margin = scored.get(0).similarity() - scored.get(1).similarity();
            if (margin < marginThreshold) {
                doubts.add(doubt(mention, scored, margin));
            }
        }
        return doubts;
    }

    /** Returns the senses with their similarity to {@code text}, most similar first. */
    public List<ScoredSense> score(String text, List<Sense> senses) {
        float[] message = embedder.embed(text);
        List<float[]> vectors = embedder.embedAll(senses.stream()
                .map(AmbiguousTermDetector::senseText).toList());
        List<ScoredSense> scored = new ArrayList<>();
        for (int i = 0; i < senses.size(); i++) {
            scored.add(new ScoredSense(senses.get(i), cosine(message, vectors.get(i))));
        }
        scored.sort(Comparator.comparingDouble(ScoredSense::similarity).reversed());
        return scored;
    }

    /** Returns the text a sense is embedded from: its gloss, then its examples. */
    public static String senseText(Sense sense) {
        StringBuilder text = new StringBuilder(sense.gloss() == null ? "" : sense.gloss());
        for (String example : sense.examples()) {
            text.append(text.length() == 0 ? "" : " ").append(example);
        }
        return text.toString();
    }

    /** Returns the cosine similarity of two vectors; 0 when either is the zero vector. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
    }

    private Doubt doubt(Mention mention, List<ScoredSense> scored, double margin) {
        Span span = new Span(mention.start(), mention.end(), mention.surface());
        List<DoubtOption> options = scored.stream()
                .map(s -> new DoubtOption(Long.toString(s.sense().id()), s.sense().gloss()))
                .toList();
        String count = scored.size() == 2 ? "two meanings" : scored.size() + " meanings";
        String explanation = "I know " + count + " of '" + mention.surface()
                + "' and can't tell which one you mean.";
        return new Doubt(DoubtKind.AMBIGUOUS_TERM, span, options,
                Math.max(0, Math.min(1, 1 - margin)), explanation, margin < marginThreshold / 2);
    }
}
