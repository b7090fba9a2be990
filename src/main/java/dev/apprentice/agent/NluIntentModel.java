package dev.apprentice.agent;

import dev.apprentice.clarify.IntentModel;
import dev.apprentice.nlu.NluEngine;
import java.util.List;
import java.util.function.Function;

/**
 * The NLU engine as the clarification engine's intent model. A correction takes gradient steps
 * until parsing the corrected text gives the intent the user chose, at most
 * {@link #MAX_STEPS}, so the same words are understood right on the very next turn. Parsing,
 * not the classifier's top label, is checked, because a FallbackClassifier turns a top label
 * that wins by a small margin into {@code nlu_fallback}.
 */
final class NluIntentModel implements IntentModel {

    static final int MAX_STEPS = 60;
    private static final int STEPS_PER_ROUND = 3;

    private final NluEngine engine;
    private final Function<String, List<double[]>> committee;

    NluIntentModel(NluEngine engine, Function<String, List<double[]>> committee) {
        this.engine = engine;
        this.committee = committee;
    }

    @Override
    public List<String> labels() {
        return engine.labels();
    }

    @Override
    public double[] probabilities(String text) {
        return engine.probabilities(text);
    }

    @Override
    public boolean learn(String text, String intent) {
        int label = engine.labels().indexOf(intent);
        if (label < 0) {
            return false;
        }
        for (int steps = 0; steps < MAX_STEPS; steps += STEPS_PER_ROUND) {
            if (parsesAs(text, intent)) {
                return true;
            }
            engine.learn(text, intent, STEPS_PER_ROUND);
        }
        return parsesAs(text, intent);
    }

    private boolean parsesAs(String text, String intent) {
        return intent.equals(engine.parse(text).intentName());
    }

    @Override
    public List<double[]> committee(String text) {
        return committee.apply(text);
    }
}
