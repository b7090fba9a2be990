package dev.apprentice.review;

import java.util.List;
import java.util.Map;

/**
 * A model with fixed probabilities per text and one feature per label, so that texts with the
 * same probabilities are also near-duplicates for batch diversity.
 */
final class FakeModel implements LearningModel {

    private final List<String> labels;
    private final Map<String, double[]> probabilities;

    FakeModel(List<String> labels, Map<String, double[]> probabilities) {
        this.labels = labels;
        this.probabilities = probabilities;
    }

    @Override
    public String version() {
        return "fake-1";
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] probabilities(String text) {
        return probabilities.get(text);
    }

    @Override
    public List<double[]> committee(String text) {
        return List.of();
    }

    @Override
    public float[] features(String text) {
        double[] p = probabilities(text);
        float[] features = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            features[i] = (float) p[i];
        }
        return features;
    }

    @Override
    public boolean declaresIntent(String intent) {
        return labels.contains(intent);
    }

    @Override
    public boolean learn(String text, String intent) {
        return labels.contains(intent);
    }
}
