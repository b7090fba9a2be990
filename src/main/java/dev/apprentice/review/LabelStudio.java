package dev.apprentice.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.ParseResult.IntentScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * The labels read from an export, and why each malformed task was left out.
     *
     * @param rejected one message per malformed task, naming the task and what is wrong
     */
    public record Export(List<Annotation> annotations, List<String> rejected) {

        public Export {
            annotations = List.copyOf(annotations);
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * Reads the labels of a Label Studio JSON export: for each task, the first value of its
     * latest annotation that was not cancelled, of the {@code choices} control named
     * {@value #FROM_NAME}. Tasks without one are left out; malformed tasks are left out and
     * reported in {@link Export#rejected()}.
     *
     * @throws LearningException INVALID when {@code export} is not an array of tasks
     */
    public static Export read(JsonNode export) {
        if (export == null || !export.isArray()) {
            throw LearningException.invalid("A Label Studio export must be a JSON array of"
                    + " tasks.");
        }
        List<Annotation> labels = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < export.size(); i++) {
            JsonNode task = export.get(i);
            String name = task != null && task.path("id").canConvertToLong()
                    ? "task " + task.path("id").asLong() : "task at index " + i;
            try {
                annotation(task).ifPresent(labels::add);
            } catch (LearningException e) {
                rejected.add(name + ": " + e.getMessage());
            }
        }
        return new Export(labels, rejected);
    }

    /** Returns the labels of {@link #read}, leaving out malformed tasks without a word. */
    public static List<Annotation> annotations(JsonNode export) {
        return read(export).annotations();
    }

    /** Returns the task's label, or empty for a task nobody labelled. */
    private static Optional<Annotation> annotation(JsonNode task) {
        if (task == null || !task.isObject()) {
            throw LearningException.invalid("the task is not a JSON object.");
        }
        JsonNode data = task.path("data");
        if (!data.isObject()) {
            throw LearningException.invalid("the task has no data object.");
        }
        JsonNode text = data.path(TO_NAME);
        if (!text.isTextual() || text.asText().isBlank()) {
            throw LearningException.invalid("data." + TO_NAME + " is missing, empty or not a"
                    + " string.");
        }
        if (text.asText().strip().length() > ReviewQueue.MAX_TEXT) {
            throw LearningException.invalid("data." + TO_NAME + " is longer than "
                    + ReviewQueue.MAX_TEXT + " characters.");
        }
        JsonNode itemId = data.path("item_id");
        if (!itemId.isMissingNode() && !itemId.isNull() && !itemId.isIntegralNumber()) {
            throw LearningException.invalid("data.item_id is not an integer.");
        }
        String intent = chosen(task.path("annotations"));
        if (intent == null) {
            return Optional.empty();
        }
        return Optional.of(new Annotation(task.path("id").asLong(-1),
                itemId.isIntegralNumber() ? itemId.asLong() : null, text.asText(), intent));
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
        if (!annotations.isMissingNode() && !annotations.isNull() && !annotations.isArray()) {
            throw LearningException.invalid("annotations is not a list.");
        }
        for (int i = annotations.size() - 1; i >= 0; i--) {
            JsonNode annotation = annotations.get(i);
            if (annotation.path("was_cancelled").asBoolean(false)) {
                continue;
            }
            for (JsonNode result : annotation.path("result")) {
                // Only the control of labelingConfig names an intent; others may be notes.
                if (!"choices".equals(result.path("type").asText())
                        || !FROM_NAME.equals(result.path("from_name").asText())) {
                    continue;
                }
                JsonNode choices = result.path("value").path("choices");
                if (!choices.isArray()) {
                    throw LearningException.invalid("the choices of control '" + FROM_NAME
                            + "' are not a list.");
                }
                if (choices.size() > 0) {
                    if (!choices.get(0).isTextual()) {
                        throw LearningException.invalid("the choice of control '" + FROM_NAME
                                + "' is not a string.");
                    }
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
