package dev.apprentice.agent;

import dev.apprentice.clarify.IntentModel;
import dev.apprentice.knowledge.Keys;
import dev.apprentice.nlu.NluEngine;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The NLU engine as the clarification engine's intent model. A correction takes gradient steps
 * until parsing the corrected text gives the intent the user chose, at most
 * {@link #MAX_STEPS}, so the same words are understood right on the very next turn. Parsing,
 * not the classifier's top label, is checked, because a FallbackClassifier turns a top label
 * that wins by a small margin into {@code nlu_fallback}.
 *
 * <p>The committee members are trained once per model version, so they still disagree about a
 * text after it was learned, and the uncertain-intent detector would ask about it again. A
 * text learned since the last training therefore gets committee votes that all agree on its
 * label, until retraining adds it to the members' examples.
 */
final class NluIntentModel implements IntentModel {

    static final int MAX_STEPS = 60;
    private static final int STEPS_PER_ROUND = 3;
    /** The probability each member's vote gives a learned text's label. */
    static final double LEARNED_VOTE = 0.98;

    private final NluEngine engine;
    private final Function<String, List<double[]>> committee;
    /** The label index of each text learned since training, by its {@link Keys#of} key. */
    private final Map<String, Integer> learned = new ConcurrentHashMap<>();

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
                learned.put(Keys.of(text), label);
                return true;
            }
            engine.learn(text, intent, STEPS_PER_ROUND);
        }
        boolean parses = parsesAs(text, intent);
        if (parses) {
            learned.put(Keys.of(text), label);
        }
        return parses;
    }

    private boolean parsesAs(String text, String intent) {
        return intent.equals(engine.parse(text).intentName());
    }

    @Override
    public List<double[]> committee(String text) {
        return votes(text, committee);
    }

    /**
     * Returns the votes of {@code members} for {@code text}, or for a text learned since
     * training, votes that all give its label {@link #LEARNED_VOTE}.
     */
    List<double[]> votes(String text, Function<String, List<double[]>> members) {
        List<double[]> votes = members.apply(text);
        Integer label = text == null ? null : learned.get(Keys.of(text));
        if (label == null) {
            return votes;
        }
        return votes.stream().map(vote -> agreeing(vote.length, label)).toList();
    }

    private static double[] agreeing(int labelCount, int label) {
        double[] vote = new double[labelCount];
        // Every entry stays above zero, as the committee's contract requires.
        Arrays.fill(vote, (1 - LEARNED_VOTE) / Math.max(1, labelCount - 1));
        vote[label] = labelCount == 1 ? 1 : LEARNED_VOTE;
        return vote;
    }
}
