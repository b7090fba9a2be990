package dev.apprentice.llm;

import dev.apprentice.action.OpenQuestionAnswerer;
import dev.apprentice.answer.KnowledgeRetrieval;
import dev.apprentice.answer.RetrievalAnswerer;
import dev.apprentice.clarify.DoubtDetector;
import dev.apprentice.clarify.PromptTemplates;
import dev.apprentice.clarify.QuestionWording;
import dev.apprentice.clarify.TeachingReader;
import dev.apprentice.nlu.Committee;
import dev.apprentice.nlu.CommitteeMember;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The five jobs a language model may do, each as the interface its caller uses. With a disabled
 * client every method returns the embedded engine's implementation, so a bot without a
 * language model runs exactly as before. With one, each job falls back to the embedded engine
 * on any failure of the model, turn by turn.
 */
public final class LlmJobs {

    /** The example messages per intent that the zero-shot intent prompt shows. */
    static final int EXAMPLES_PER_INTENT = 3;

    private final LlmClient client;
    private final PromptTemplates prompts;
    private final int memoryMessages;

    public LlmJobs(LlmClient client, PromptTemplates prompts, int memoryMessages) {
        this.client = client;
        this.prompts = prompts;
        this.memoryMessages = memoryMessages;
    }

    public boolean enabled() {
        return client.enabled();
    }

    /** Reads every prompt the jobs use, so a missing one stops the start with its name. */
    public void verify() {
        if (enabled()) {
            List.of(LlmIntentMember.JOB, LlmDoubtDetector.JOB, LlmQuestionWording.JOB,
                    LlmTeachingReader.JOB, LlmOpenAnswerer.JOB).forEach(this::prompt);
        }
    }

    /**
     * Returns {@code committee} with the language model as a further member that falls back
     * to the committee's first member, or {@code committee} itself without a model.
     */
    public Committee withIntentMember(Committee committee, NluData data) {
        if (!enabled() || committee.members().isEmpty()) {
            return committee;
        }
        CommitteeMember local = committee.members().get(0);
        List<CommitteeMember> members = new ArrayList<>(committee.members());
        members.add(new LlmIntentMember(client, prompt(LlmIntentMember.JOB), committee.labels(),
                examples(committee.labels(), data), local));
        return new Committee(committee.labels(), members);
    }

    /** Returns the detectors that run after the embedded ones: none without a model. */
    public List<DoubtDetector> doubtDetectors() {
        return enabled() ? List.of(new LlmDoubtDetector(client, prompt(LlmDoubtDetector.JOB)))
                : List.of();
    }

    public QuestionWording questionWording() {
        return enabled() ? new LlmQuestionWording(client, prompt(LlmQuestionWording.JOB))
                : QuestionWording.TEMPLATES;
    }

    public TeachingReader teachingReader() {
        return enabled() ? new LlmTeachingReader(client, prompt(LlmTeachingReader.JOB),
                TeachingReader.GLOSSES) : TeachingReader.GLOSSES;
    }

    public OpenQuestionAnswerer openAnswerer(KnowledgeRetrieval retrieval) {
        return enabled() ? new LlmOpenAnswerer(client, prompt(LlmOpenAnswerer.JOB), retrieval,
                prompts, memoryMessages) : new RetrievalAnswerer(retrieval, prompts);
    }

    private String prompt(String job) {
        return prompts.text("llm/" + job);
    }

    private static Map<String, List<String>> examples(List<String> labels, NluData data) {
        Map<String, List<String>> examples = new HashMap<>();
        for (NluExample example : data.examples()) {
            List<String> some = examples.computeIfAbsent(example.intent(), k -> new ArrayList<>());
            if (labels.contains(example.intent()) && some.size() < EXAMPLES_PER_INTENT) {
                some.add(example.text());
            }
        }
        return examples;
    }
}
