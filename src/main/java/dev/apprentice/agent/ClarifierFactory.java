package dev.apprentice.agent;

import dev.apprentice.clarify.AmbiguousReferenceDetector;
import dev.apprentice.clarify.AmbiguousTermDetector;
import dev.apprentice.clarify.BotVocabulary;
import dev.apprentice.clarify.ClarificationSteps;
import dev.apprentice.clarify.ClarifyConfig;
import dev.apprentice.clarify.ClarifySettings;
import dev.apprentice.clarify.Clarifier;
import dev.apprentice.clarify.DoubtDetector;
import dev.apprentice.clarify.IntentModel;
import dev.apprentice.clarify.KnowledgeLearner;
import dev.apprentice.clarify.PromptTemplates;
import dev.apprentice.clarify.ReferenceCandidates;
import dev.apprentice.clarify.UncertainIntentDetector;
import dev.apprentice.clarify.UnknownTermDetector;
import dev.apprentice.clarify.UnlessMemoryAnswers;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.EntityExtractor;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.nlu.SentenceEmbedder;
import dev.apprentice.project.RasaProject;
import dev.apprentice.training.NluData;
import dev.apprentice.llm.LlmJobs;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the clarification engine for a loaded bot: its detectors, vocabulary and wording,
 * once as the processor's turn step and once as separate steps for the served actions. Both
 * share the same detectors and memory.
 */
final class ClarifierFactory {

    /** The engine as the processor's turn step and as steps the served actions call. */
    record Built(Clarifier clarifier, ClarificationSteps steps) {
    }

    private ClarifierFactory() {
    }

    static Built build(ClarifyConfig config, RasaProject project, NluData data,
            MessageParser parser, IntentModel intents, KnowledgeView knowledge,
            KnowledgeLearner learner, SentenceEmbedder embedder, PromptTemplates prompts,
            LlmJobs llm, UnlessMemoryAnswers.MemoryCheck memory) {
        ClarifySettings settings = ClarifySettings.from(config);
        BotVocabulary vocabulary = BotVocabulary.of(project.domain(), data);
        EntityExtractor entities = new EntityExtractor(project.domain(), data);
        ReferenceCandidates candidates = new ReferenceCandidates(
                ReferenceCandidates.DEFAULT_DOMAIN_NOUNS, entities::extract,
                ReferenceCandidates.Weights.DEFAULTS);
        List<DoubtDetector> detectors = new ArrayList<>(List.of(
                new UnknownTermDetector(),
                new AmbiguousReferenceDetector(candidates, config.recentTurns(), 0.6),
                new AmbiguousTermDetector(embedder),
                new UnlessMemoryAnswers(new UncertainIntentDetector(), memory)));
        // After the embedded detectors, so the clarifier keeps only what they missed.
        detectors.addAll(llm.doubtDetectors());
        double confident = project.config().nluThreshold();
        return new Built(new Clarifier(settings, parser, intents, detectors, knowledge, learner,
                vocabulary, prompts, confident, llm.questionWording(), llm.teachingReader()),
                new ClarificationSteps(settings, parser, intents, detectors, knowledge, learner,
                        vocabulary, prompts, confident, llm.questionWording(),
                        llm.teachingReader()));
    }
}
