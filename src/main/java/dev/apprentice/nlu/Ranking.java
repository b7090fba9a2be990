package dev.apprentice.nlu;

import dev.apprentice.nlu.ParseResult.IntentScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Turns a probability vector into an intent ranking. */
final class Ranking {

    private Ranking() {
    }

    /**
     * Returns the {@code length} most probable labels, highest first, with their probabilities
     * divided by the sum of the listed ones, so that the ranking sums to one.
     */
    static List<IntentScore> top(List<String> labels, double[] probabilities, int length) {
        List<Integer> order = IntStream.range(0, probabilities.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> probabilities[i]).reversed()
                        .thenComparing(i -> i))
                .limit(length).toList();
        double sum = order.stream().mapToDouble(i -> probabilities[i]).sum();
        List<IntentScore> ranking = new ArrayList<>(order.size());
        for (int i : order) {
            double confidence = sum > 0 ? probabilities[i] / sum : 1.0 / order.size();
            ranking.add(new IntentScore(labels.get(i), confidence));
        }
        return ranking;
    }
}
