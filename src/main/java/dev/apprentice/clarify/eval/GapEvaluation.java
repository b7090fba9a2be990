package dev.apprentice.clarify.eval;

import dev.apprentice.clarify.ReferenceCandidates;
import dev.apprentice.clarify.ReferenceCandidates.Candidate;
import dev.apprentice.clarify.ReferenceCandidates.Segment;
import dev.apprentice.clarify.ReferenceCandidates.Weights;
import dev.apprentice.clarify.Vocabulary;
import dev.apprentice.knowledge.KnowledgeView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the reference machinery on GAP (Webster et al., TACL 2018), snippet context only.
 * For each row, the candidates that {@link ReferenceCandidates} finds in the text before the
 * pronoun are ranked; the prediction is A or B when the most salient candidate is that name,
 * and neither otherwise. Reported: three-way accuracy (A, B, neither); GAP's F1 over the
 * (pronoun, name) pairs, overall and for masculine and feminine pronouns; A-versus-B accuracy
 * on rows whose gold label is A or B, taking whichever of the two ranks higher; and how often the
 * ambiguous-reference score ({@code 0.5 + 0.5 exp(-gap)}) reaches {@value #ASK_SCORE}, the
 * point where a mode would ask, with the accuracy on the rows where it would and would not.
 * The salience weights are tuned on the validation split and reported on the development split.
 */
final class GapEvaluation {

    static final double ASK_SCORE = 0.75;

    private final Vocabulary vocabulary;

    GapEvaluation(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** One GAP row: the text before the pronoun, the two names and the gold label. */
    record Row(String before, String pronoun, String a, String b, char gold) {
        boolean feminine() {
            return Set.of("she", "her", "hers").contains(pronoun.toLowerCase(Locale.ROOT));
        }
    }

    /** The outcome on one split. */
    record Result(int rows, double accuracy, double f1, double f1Masculine, double f1Feminine,
            double abAccuracy, double askRate, double accuracyAsked, double accuracyNotAsked) {
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] c : Tsv.read(file, true)) {
            String text = c[1];
            int offset = text.offsetByCodePoints(0, Integer.parseInt(c[3]));
            char gold = Boolean.parseBoolean(c[6].toLowerCase(Locale.ROOT)) ? 'A'
                    : Boolean.parseBoolean(c[9].toLowerCase(Locale.ROOT)) ? 'B' : 'N';
            rows.add(new Row(text.substring(0, offset), c[2], c[4], c[7], gold));
        }
        return rows;
    }

    /** Returns the weights of a small grid that give the best three-way accuracy. */
    Weights tune(List<Row> rows) {
        Weights best = Weights.DEFAULTS;
        double bestAccuracy = -1;
        for (double recency : new double[] {0.5, 1, 2}) {
            for (double subject : new double[] {0, 0.5, 1, 1.5, 2, 3}) {
                for (double frequency : new double[] {0, 0.25, 0.5, 1, 1.5, 2, 3}) {
                    Weights weights = new Weights(recency, 1.0, subject, frequency);
                    double accuracy = evaluate(rows, weights).accuracy();
                    if (accuracy > bestAccuracy) {
                        bestAccuracy = accuracy;
                        best = weights;
                    }
                }
            }
        }
        return best;
    }

    Result evaluate(List<Row> rows, Weights weights) {
        ReferenceCandidates ranker = new ReferenceCandidates(Set.of(), t -> List.of(), weights);
        Counts all = new Counts();
        Counts masculine = new Counts();
        Counts feminine = new Counts();
        int correct = 0;
        int abRows = 0;
        int abCorrect = 0;
        int asked = 0;
        int askedCorrect = 0;
        for (Row row : rows) {
            List<Candidate> ranked = ranker.rank(List.of(new Segment(row.before(), 0, null)),
                    KnowledgeView.EMPTY, "gap", vocabulary);
            char predicted = ranked.isEmpty() ? 'N' : side(ranked.get(0), row);
            boolean right = predicted == row.gold();
            correct += right ? 1 : 0;
            all.add(row, predicted);
            (row.feminine() ? feminine : masculine).add(row, predicted);
            if (row.gold() != 'N') {
                abRows++;
                abCorrect += higherOfTwo(ranked, row) == row.gold() ? 1 : 0;
            }
            if (ranked.size() >= 2 && score(ranked) >= ASK_SCORE) {
                asked++;
                askedCorrect += right ? 1 : 0;
            }
        }
        int notAsked = rows.size() - asked;
        return new Result(rows.size(), ratio(correct, rows.size()), all.f1(), masculine.f1(),
                feminine.f1(), ratio(abCorrect, abRows), ratio(asked, rows.size()),
                ratio(askedCorrect, asked), ratio(correct - askedCorrect, notAsked));
    }

    private static double score(List<Candidate> ranked) {
        double gap = ranked.get(0).salience() - ranked.get(1).salience();
        return 0.5 + 0.5 * Math.exp(-Math.max(0, gap));
    }

    private static char higherOfTwo(List<Candidate> ranked, Row row) {
        for (Candidate candidate : ranked) {
            char side = side(candidate, row);
            if (side != 'N') {
                return side;
            }
        }
        return 'N';
    }

    /** Returns 'A' or 'B' when the candidate names that person, 'N' otherwise. */
    static char side(Candidate candidate, Row row) {
        boolean a = sameName(candidate.text(), row.a());
        boolean b = sameName(candidate.text(), row.b());
        if (a && b) {
            a = candidate.text().equalsIgnoreCase(row.a());
            b = !a;
        }
        if (a) {
            return 'A';
        }
        return b ? 'B' : 'N';
    }

    /** Names match when either contains the other's words, as "Smith" and "John Smith". */
    private static boolean sameName(String candidate, String name) {
        List<String> c = words(candidate);
        List<String> n = words(name);
        return !c.isEmpty() && !n.isEmpty() && (java.util.Collections.indexOfSubList(n, c) >= 0
                || java.util.Collections.indexOfSubList(c, n) >= 0);
    }

    private static List<String> words(String text) {
        return dev.apprentice.nlu.Tokenizer.words(text);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** Pair counts for GAP's F1: each row gives an (A, pronoun) and a (B, pronoun) pair. */
    private static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        void add(Row row, char predicted) {
            for (char side : new char[] {'A', 'B'}) {
                boolean expected = row.gold() == side;
                boolean got = predicted == side;
                truePositives += expected && got ? 1 : 0;
                falsePositives += !expected && got ? 1 : 0;
                falseNegatives += expected && !got ? 1 : 0;
            }
        }

        double f1() {
            return Metrics.f1(truePositives, falsePositives, falseNegatives);
        }
    }
}
