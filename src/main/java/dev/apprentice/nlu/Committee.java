package dev.apprentice.nlu;

import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.ArrayList;
import java.util.List;

/**
 * The models that vote beside the intent classifier: a nearest-neighbour model on sentence
 * embeddings and a character n-gram naive Bayes model, both trained on the examples of the
 * classifier's labels. {@link #predict} returns one probability vector per member over exactly
 * those labels, in the same order, which is what the disagreement measures compare. A label
 * without examples (a domain that needs no classifier) still gets a small probability from
 * every member.
 *
 * <p>Instances are immutable and thread-safe; build a new committee after retraining.
 */
public final class Committee {

    private final List<String> labels;
    private final List<CommitteeMember> members;

    public Committee(List<String> labels, List<CommitteeMember> members) {
        this.labels = List.copyOf(labels);
        this.members = List.copyOf(members);
    }

    /** Trains the default members on the examples of {@code data} whose intent is a label. */
    public static Committee train(List<String> labels, NluData data, SentenceEmbedder embedder) {
        List<String> texts = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (NluExample example : data.examples()) {
            int label = labels.indexOf(example.intent());
            if (label >= 0) {
                texts.add(example.text());
                indexes.add(label);
            }
        }
        int[] y = indexes.stream().mapToInt(Integer::intValue).toArray();
        int labelCount = Math.max(1, labels.size());
        List<CommitteeMember> members = List.of(
                new NearestNeighbourClassifier(embedder, labelCount, embedder.embedAll(texts), y,
                        NearestNeighbourClassifier.DEFAULT_K,
                        NearestNeighbourClassifier.DEFAULT_TEMPERATURE,
                        NearestNeighbourClassifier.DEFAULT_SMOOTHING),
                new CharNgramNaiveBayes(labelCount, texts, y, CharNgramNaiveBayes.DEFAULT_ALPHA,
                        CharNgramNaiveBayes.DEFAULT_SHARPNESS));
        return new Committee(labels, members);
    }

    public List<String> labels() {
        return labels;
    }

    public List<CommitteeMember> members() {
        return members;
    }

    /** Returns each member's probabilities for {@code text}, in the order of {@link #members}. */
    public List<double[]> predict(String text) {
        String stripped = text == null ? "" : text.strip();
        return members.stream().map(m -> m.probabilities(stripped)).toList();
    }
}
