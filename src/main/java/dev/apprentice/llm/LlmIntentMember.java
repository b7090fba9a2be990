package dev.apprentice.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.nlu.CommitteeMember;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A committee member that asks the language model to classify a message zero-shot over the
 * domain's intents, given a few examples of each. The reply must be
 * {@code {"intents": {"<label>": <probability>}}} over the committee's labels only; a missing
 * label gets 0. The probabilities are renormalised and smoothed so every entry is above zero.
 * When the model fails, the member returns {@code local}'s vector, which adds no disagreement
 * of its own to the committee.
 */
public final class LlmIntentMember implements CommitteeMember {

    static final String JOB = "intent";
    /** Added to each probability before renormalising, as the other members smooth theirs. */
    private static final double SMOOTHING = 1e-3;

    private final LlmClient client;
    private final String systemPrompt;
    private final List<String> labels;
    private final String intentData;
    private final CommitteeMember local;

    /**
     * @param examples up to a few example messages per label, in the committee's label order
     * @param local the member whose vector is returned when the model fails
     */
    public LlmIntentMember(LlmClient client, String systemPrompt, List<String> labels,
            Map<String, List<String>> examples, CommitteeMember local) {
        this.client = client;
        this.systemPrompt = systemPrompt;
        this.labels = List.copyOf(labels);
        this.intentData = intentData(this.labels, examples);
        this.local = local;
    }

    @Override
    public String name() {
        return "llm";
    }

    @Override
    public double[] probabilities(String text) {
        return client.ask(JOB, List.of(SystemMessage.from(systemPrompt),
                        UserMessage.from(DataBlock.of("intents", intentData) + "\n"
                                + DataBlock.of("message", text))), this::parse)
                .orElseGet(() -> local.probabilities(text));
    }

    double[] parse(String reply) throws InvalidReplyException {
        JsonNode intents = Replies.object(reply).get("intents");
        if (!(intents instanceof ObjectNode scores) || scores.isEmpty()) {
            throw Replies.offSchema("field intents is missing or empty");
        }
        double[] p = new double[labels.size()];
        for (Iterator<String> names = scores.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            int index = labels.indexOf(name);
            if (index < 0) {
                throw Replies.offSchema("intents names a label the domain does not have");
            }
            p[index] = Replies.probability(scores, name);
        }
        return smoothed(p);
    }

    private static double[] smoothed(double[] p) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] += SMOOTHING;
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static String intentData(List<String> labels, Map<String, List<String>> examples) {
        StringBuilder out = new StringBuilder();
        for (String label : labels) {
            out.append("- ").append(label);
            List<String> some = examples.getOrDefault(label, List.of());
            if (!some.isEmpty()) {
                out.append(": ").append(String.join(" | ", some));
            }
            out.append('\n');
        }
        return out.toString().strip();
    }
}
