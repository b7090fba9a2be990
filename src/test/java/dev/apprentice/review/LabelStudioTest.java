package dev.apprentice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelStudioTest {

    private static final String GREET = "[{\"result\": [{\"type\": \"choices\","
            + " \"from_name\": \"intent\", \"value\": {\"choices\": [\"greet\"]}}]}]";

    private static final FakeModel MODEL = new FakeModel(List.of("greet", "vpn_problem"),
            Map.of("vpn drops", new double[] {0.3, 0.7}, "hello there", new double[] {0.9, 0.1}));

    @Test
    void task_carries_text_item_and_prediction() {
        ArrayNode tasks = LabelStudio.tasks(List.of(new QueueRanker.Ranked(
                QueueRankerTest.items("vpn drops").get(0), 0.61)), MODEL);

        JsonNode task = tasks.get(0);
        JsonNode prediction = task.get("predictions").get(0);
        JsonNode result = prediction.get("result").get(0);
        assertThat(task.get("data").get("text").asText()).isEqualTo("vpn drops");
        assertThat(task.get("data").get("item_id").asLong()).isEqualTo(1);
        assertThat(prediction.get("model_version").asText()).isEqualTo("fake-1");
        assertThat(prediction.get("score").asDouble()).isEqualTo(0.7);
        assertThat(result.get("from_name").asText()).isEqualTo("intent");
        assertThat(result.get("to_name").asText()).isEqualTo("text");
        assertThat(result.get("type").asText()).isEqualTo("choices");
        assertThat(result.get("value").get("choices").get(0).asText()).isEqualTo("vpn_problem");
    }

    @Test
    void exported_task_annotated_reads_back_as_its_label() {
        ArrayNode tasks = LabelStudio.tasks(List.of(new QueueRanker.Ranked(
                QueueRankerTest.items("hello there").get(0), 0.2)), MODEL);
        // An annotator accepts the prediction: Label Studio copies its result.
        ((com.fasterxml.jackson.databind.node.ObjectNode) tasks.get(0)).putArray("annotations")
                .addObject().put("was_cancelled", false)
                .set("result", tasks.get(0).get("predictions").get(0).get("result"));

        List<LabelStudio.Annotation> read = LabelStudio.annotations(tasks);

        assertThat(read).containsExactly(new LabelStudio.Annotation(1, 1L, "hello there",
                "greet"));
    }

    @Test
    void export_file_gives_latest_uncancelled_choice() throws IOException {
        List<LabelStudio.Annotation> read = LabelStudio.annotations(export());

        assertThat(read).containsExactly(
                new LabelStudio.Annotation(101, 5L, "my token app shows the wrong code",
                        "unlock_account"),
                new LabelStudio.Annotation(102, null,
                        "the shared drive is gone for the whole floor", "report_outage"));
    }

    @Test
    void malformed_tasks_are_reported() throws IOException {
        String longText = "a".repeat(ReviewQueue.MAX_TEXT + 1);
        JsonNode export = Json.MAPPER.readTree("[null,"
                + "{\"id\": 2},"
                + "{\"id\": 3, \"data\": {\"text\": 42}, \"annotations\": " + GREET + "},"
                + "{\"id\": 4, \"data\": {\"text\": \"" + longText + "\"}},"
                + "{\"id\": 5, \"data\": {\"text\": \"hi\"}, \"annotations\": [{\"result\":"
                + " [{\"type\": \"choices\", \"from_name\": \"intent\","
                + " \"value\": {\"choices\": \"greet\"}}]}]},"
                + "{\"id\": 6, \"data\": {\"text\": \"hi\", \"item_id\": \"7\"},"
                + " \"annotations\": " + GREET + "},"
                + "{\"id\": 7, \"data\": {\"text\": \"hello\"}, \"annotations\": " + GREET
                + "}]");

        LabelStudio.Export read = LabelStudio.read(export);

        assertThat(read.annotations()).containsExactly(
                new LabelStudio.Annotation(7, null, "hello", "greet"));
        assertThat(read.rejected()).hasSize(6);
        assertThat(read.rejected().get(0)).isEqualTo(
                "task at index 0: the task is not a JSON object.");
        assertThat(read.rejected().get(1)).isEqualTo("task 2: the task has no data object.");
        assertThat(read.rejected().get(2)).startsWith("task 3: data.text is missing");
        assertThat(read.rejected().get(3)).startsWith("task 4: data.text is longer than");
        assertThat(read.rejected().get(4)).startsWith("task 5: the choices of control");
        assertThat(read.rejected().get(5)).isEqualTo("task 6: data.item_id is not an integer.");
    }

    @Test
    void choices_of_other_controls_are_ignored() throws IOException {
        JsonNode export = Json.MAPPER.readTree("[{\"id\": 1, \"data\": {\"text\": \"hi\"},"
                + " \"annotations\": [{\"result\": [{\"type\": \"choices\","
                + " \"from_name\": \"sentiment\", \"value\": {\"choices\": [\"positive\"]}},"
                + " {\"type\": \"choices\", \"from_name\": \"intent\","
                + " \"value\": {\"choices\": [\"greet\"]}}]}]}]");

        LabelStudio.Export read = LabelStudio.read(export);

        assertThat(read.annotations()).extracting(LabelStudio.Annotation::intent)
                .containsExactly("greet");
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void non_array_is_rejected() {
        assertThatThrownBy(() -> LabelStudio.annotations(Json.object()))
                .isInstanceOf(LearningException.class);
    }

    @Test
    void labeling_config_lists_each_intent() {
        String xml = LabelStudio.labelingConfig(List.of("greet", "vpn_problem"));

        assertThat(xml).contains("<Choices name=\"intent\" toName=\"text\"");
        assertThat(xml).contains("<Choice value=\"greet\"/>", "<Choice value=\"vpn_problem\"/>");
    }

    static JsonNode export() throws IOException {
        try (InputStream in = LabelStudioTest.class.getResourceAsStream(
                "/label-studio/export.json")) {
            return Json.MAPPER.readTree(in);
        }
    }
}
