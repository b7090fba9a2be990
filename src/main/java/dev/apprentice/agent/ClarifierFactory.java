package dev.apprentice.agent;

import dev.apprentice.clarify.ClarifyConfig;
import dev.apprentice.clarify.ClarifySettings;
import dev.apprentice.clarify.Clarifier;
import dev.apprentice.clarify.DoubtDetector;
import dev.apprentice.clarify.IntentModel;
import dev.apprentice.clarify.KnowledgeLearner;
import dev.apprentice.clarify.PromptTemplates;
import dev.apprentice.clarify.Vocabulary;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.project.RasaProject;
import java.nio.file.Path;
import java.util.List;

/** Assembles the clarification engine for a loaded bot. */
final class ClarifierFactory {

    private ClarifierFactory() {
    }

    static Clarifier build(ClarifyConfig config, RasaProject project, MessageParser parser,
            IntentModel intents, KnowledgeView knowledge, KnowledgeLearner learner) {
        ClarifySettings settings = ClarifySettings.from(config);
        List<DoubtDetector> detectors = List.of();
        Vocabulary vocabulary = word -> true;
        return new Clarifier(settings, parser, intents, detectors, knowledge, learner,
                vocabulary, new PromptTemplates(Path.of(config.prompts())),
                project.config().nluThreshold());
    }
}
