package dev.apprentice.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.ParseResult.IntentScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The review queue in Label Studio's JSON task format, and annotated tasks read back as
 * labels. A task's {@code data} contains the {@code text} and the queue's {@code item_id}; its one
 * prediction names the classifier's top intent as a {@code choices} result of the control
 * {@value #FROM_NAME} on the object {@value #TO_NAME}, which is what {@link #labelingConfig}
 * declares.
 */
public final class LabelStudio {

    /** The name of the Choices control in the labeling configuration. */
    public static final String FROM_NAME = "intent";
    /** The name of the Text object in the labeling configuration. */
    public static final String TO_NAME = "text";

    private LabelStudio() {
    }

    /**
     * One label read from an annotated task.
     *
     * @param taskId the task's id in the file, for messages
     * @param itemId the queue item of the task, or null for a task made elsewhere
     */
    public record Annotation(long taskId, Long itemId, String text, String intent) {
    }

    /** Returns the tasks for {@code ranked} items, with predictions of {@code model}. */
    public static ArrayNode tasks(List<QueueRanker.Ranked> ranked, LearningModel model) {
        ArrayNode tasks = Json.array();
        for (QueueRanker.Ranked entry : ranked) {
            QueueItem item = entry.item();
            ObjectNode task = tasks.addObject().put("id", item.id());
            task.putObject("data").put(TO_NAME, item.text()).put("item_id", item.id())
                    .put("source", item.source());
            task.putObject("meta").put("query_score", entry.score());
            List<IntentScore> top = LearningInterceptor.topIntents(model, item.text());
            if (!top.isEmpty()) {
                ObjectNode prediction = task.putArray("predictions").addObject()
                        .put("model_version", model.version())
                        .put("score", top.get(0).confidence());
                prediction.putArray("result").add(choice(item.id(), top.get(0).name()));
            }
        }
        return tasks;
    }

    /**
     * Reads the labels of a Label Studio JSON export: for each task, the first
     * {@code choices} value of its latest annotation that was not cancelled. Tasks without one
     * are left out.
     *
     * @throws LearningException INVALID when {@code export} is not an array of tasks
     */
    public static List<Annotation> annotations(JsonNode export) {
        if (export == null || !export.isArray()) {
            throw LearningException.invalid("A Label Studio export must be a JSON array of"
                    + " tasks.");
        }
        List<Annotation> labels = new ArrayList<>();
        for (JsonNode task : export) {
            String intent = chosen(task.path("annotations"));
            String text = task.path("data").path(TO_NAME).asText(null);
            if (intent != null && text != null) {
                JsonNode itemId = task.path("data").path("item_id");
                labels.add(new Annotation(task.path("id").asLong(-1),
                        itemId.canConvertToLong() ? itemId.asLong() : null, text, intent));
            }
        }
        return labels;
    }

    /** Returns a labeling configuration with one choice per intent. */
    public static String labelingConfig(List<String> intents) {
        StringBuilder xml = new StringBuilder("<View>\n  <Text name=\"" + TO_NAME
                + "\" value=\"$" + TO_NAME + "\"/>\n  <Choices name=\"" + FROM_NAME
                + "\" toName=\"" + TO_NAME + "\" choice=\"single\">\n");
        for (String intent : intents) {
            xml.append("    <Choice value=\"").append(escape(intent)).append("\"/>\n");
        }
        return xml.append("  </Choices>\n</View>\n").toString();
    }

    private static String chosen(JsonNode annotations) {
        for (int i = annotations.size() - 1; i >= 0; i--) {
            JsonNode annotation = annotations.get(i);
            if (annotation.path("was_cancelled").asBoolean(false)) {
                continue;
            }
            for (JsonNode result : annotation.path("result")) {
                JsonNode choices = result.path("value").path("choices");
                if ("choices".equals(result.path("type").asText()) && choices.size() > 0) {
                    return choices.get(0).asText();
                }
            }
        }
        return null;
    }

    private static ObjectNode choice(long itemId, String intent) {
        ObjectNode result = Json.object().put("id", "intent-" + itemId)
                .put("from_name", FROM_NAME).put("to_name", TO_NAME).put("type", "choices");
        result.putObject("value").putArray("choices").add(intent);
        return result;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
