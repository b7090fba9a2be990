package dev.apprentice.agent;

import dev.apprentice.domain.Domain;
import dev.apprentice.nlu.Committee;
import dev.apprentice.nlu.NluEngine;
import dev.apprentice.review.LearningModel;
import java.util.List;

/** One trained NLU engine with its committee, as the review queue uses them. */
final class NluLearningModel implements LearningModel {

    private final NluEngine engine;
    private final Committee committee;
    private final Domain domain;
    private final NluIntentModel intents;

    NluLearningModel(NluEngine engine, Committee committee, Domain domain,
            NluIntentModel intents) {
        this.engine = engine;
        this.committee = committee;
        this.domain = domain;
        this.intents = intents;
    }

    @Override
    public String version() {
        return engine.modelVersion();
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
    public List<double[]> committee(String text) {
        return intents.votes(text, committee::predict);
    }

    @Override
    public float[] features(String text) {
        return engine.features(text);
    }

    @Override
    public boolean declaresIntent(String intent) {
        return domain.hasIntent(intent);
    }

    @Override
    public boolean learn(String text, String intent) {
        return intents.learn(text, intent);
    }
}
