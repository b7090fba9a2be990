package dev.apprentice.clarify;

import dev.apprentice.nlu.ParseResult;
import java.util.List;

/**
 * The intent probabilities the uncertain-intent detector measures: one probability per label
 * and, optionally, the vectors of other committee members over the same labels.
 */
public record IntentScores(List<String> labels, double[] probabilities,
        List<double[]> committee) {

    public IntentScores {
        labels = labels == null ? List.of() : List.copyOf(labels);
        committee = committee == null ? List.of() : List.copyOf(committee);
    }

    /** Returns the scores of {@code model} for {@code text}, with its committee. */
    public static IntentScores of(IntentModel model, String text) {
        return new IntentScores(model.labels(), model.probabilities(text),
                model.committee(text));
    }

    /**
     * Returns scores read from another NLU's intent ranking, rescaled to sum to 1. Rasa keeps
     * only the top ranked intents (10 by default), so the rescaled values overstate each
     * intent's probability a little, and the detector sees no committee.
     */
    public static IntentScores fromRanking(List<ParseResult.IntentScore> ranking) {
        double sum = ranking.stream().mapToDouble(ParseResult.IntentScore::confidence).sum();
        if (ranking.isEmpty() || sum <= 0) {
            return new IntentScores(List.of(), new double[0], List.of());
        }
        double[] probabilities = ranking.stream()
                .mapToDouble(score -> score.confidence() / sum).toArray();
        return new IntentScores(ranking.stream().map(ParseResult.IntentScore::name).toList(),
                probabilities, List.of());
    }
}
