package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.nlg.ResponseRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words a doubt as a question from the mode's template and sends its options as buttons on
 * every channel. A button's payload is {@code /apprentice_answer{"option": "<value>"}}, which
 * the answer reader recognises whatever the bot's domain is.
 */
final class QuestionBuilder {

    /** The template name, per mode, of a question about a pronoun with no candidate. */
    static final String UNRESOLVED_REFERENCE = "unresolved_reference";

    private final PromptTemplates prompts;
    private final QuestionWording wording;

    QuestionBuilder(PromptTemplates prompts, QuestionWording wording) {
        this.prompts = prompts;
        this.wording = wording;
    }

    Event questionEvent(Question question, double ts) {
        String text = unresolvedReference(question)
                ? prompts.render(question.mode().id() + "/" + UNRESOLVED_REFERENCE,
                        values(question))
                : prompts.question(question.mode(), question.kind(), values(question));
        return botMessage(wording.word(question, text), question.options(), question.id(), ts);
    }

    /**
     * Returns whether a question is about a pronoun without any candidate, which the templates
     * of ambiguous references, built around a choice among options, cannot word.
     */
    private static boolean unresolvedReference(Question question) {
        return question.kind() == DoubtKind.AMBIGUOUS_REFERENCE && question.options().isEmpty();
    }

    Event exampleRequest(Question question, double ts) {
        String text = prompts.common("ask_example", Map.of("term", question.span().text()));
        return botMessage(text, List.of(), question.id(), ts);
    }

    Event statement(String text, double ts) {
        ObjectNode content = Json.object().put("text", text);
        return ResponseRenderer.toEvent(null, content, Map.of(), ts);
    }

    private Event botMessage(String text, List<DoubtOption> options, String questionId,
            double ts) {
        ObjectNode content = Json.object().put("text", text);
        ArrayNode buttons = content.putArray("buttons");
        for (DoubtOption option : options) {
            buttons.add(button(option.label(), option.value()));
        }
        buttons.add(button(prompts.common("skip_button", Map.of()), "skip"));
        content.put("apprentice_question", questionId);
        return ResponseRenderer.toEvent(null, content, Map.of(), ts);
    }

    private static ObjectNode button(String title, String value) {
        ObjectNode payload = Json.object().put("option", value);
        return Json.object().put("title", title)
                .put("payload", AnswerReader.PAYLOAD_INTENT + payload);
    }

    private static Map<String, String> values(Question question) {
        Map<String, String> values = new HashMap<>();
        values.put("term", question.span().text());
        values.put("explanation", question.explanation());
        List<DoubtOption> options = question.options();
        values.put("best", options.isEmpty() ? "a name of a system or product"
                : options.get(0).label());
        values.put("options", joinLabels(options));
        return values;
    }

    static String joinLabels(List<DoubtOption> options) {
        List<String> labels = options.stream().map(DoubtOption::label).toList();
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or "
                + labels.get(labels.size() - 1);
    }
}
