package dev.apprentice.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.OpenQuestionAnswerer;
import dev.apprentice.answer.Grounding;
import dev.apprentice.answer.KnowledgeRetrieval;
import dev.apprentice.answer.RetrievalAnswerer;
import dev.apprentice.clarify.PromptTemplates;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers an open question with the language model, grounded in the taught items that
 * {@link KnowledgeRetrieval} finds, with the conversation so far as chat memory. Without any
 * item it does not ask the model and does not answer. The reply must be
 * {@code {"answer": "...", "used": ["sense-12"]}} with ids from the items given. An empty
 * {@code used} means the items do not answer the question, and the bot says it does not know.
 * Otherwise the answer is sent with the names of the items used, which are added here and not
 * taken from the model. An answer with a link, an e-mail address or a slash command (see
 * {@link UnsafeContent}) is rejected. When the model fails or its reply is rejected,
 * {@link RetrievalAnswerer} quotes the items.
 */
public final class LlmOpenAnswerer implements OpenQuestionAnswerer {

    static final String JOB = "answer";
    private static final int MAX_ANSWER_CHARS = 600;

    private final LlmClient client;
    private final String systemPrompt;
    private final KnowledgeRetrieval retrieval;
    private final PromptTemplates prompts;
    private final RetrievalAnswerer local;
    private final int memoryMessages;

    public LlmOpenAnswerer(LlmClient client, String systemPrompt, KnowledgeRetrieval retrieval,
            PromptTemplates prompts, int memoryMessages) {
        this.client = client;
        this.systemPrompt = systemPrompt;
        this.retrieval = retrieval;
        this.prompts = prompts;
        this.local = new RetrievalAnswerer(retrieval, prompts);
        this.memoryMessages = memoryMessages;
    }

    @Override
    public Optional<String> answer(DialogueStateTracker tracker, String question) {
        List<Grounding> items = retrieval.retrieve(question, tracker.senderId());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(systemPrompt));
        messages.addAll(TrackerChatMemory.messages(tracker, memoryMessages));
        String knowledge = items.stream().map(i -> "[" + i.id() + "] " + i.text())
                .collect(Collectors.joining("\n"));
        messages.add(UserMessage.from(DataBlock.of("knowledge", knowledge) + "\n"
                + DataBlock.of("question", question)));
        return Optional.of(client.ask(JOB, messages, reply -> parse(reply, items))
                .orElseGet(() -> local.answer(items)));
    }

    String parse(String reply, List<Grounding> items) throws InvalidReplyException {
        ObjectNode node = Replies.object(reply);
        JsonNode used = node.get("used");
        if (used == null || !used.isArray()) {
            throw Replies.offSchema("field used is missing or not an array");
        }
        Map<String, Grounding> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        List<Grounding> cited = new ArrayList<>();
        for (JsonNode id : used) {
            Grounding item = byId.get(id.asText());
            if (!id.isTextual() || item == null) {
                throw Replies.offSchema("used names an item that was not given");
            }
            if (!cited.contains(item)) {
                cited.add(item);
            }
        }
        if (cited.isEmpty()) {
            return prompts.common("open_unknown", Map.of());
        }
        String answer = Replies.text(node, "answer", MAX_ANSWER_CHARS);
        if (answer.isEmpty()) {
            throw new InvalidReplyException(Failure.EMPTY, "answer is empty");
        }
        Optional<String> unsafe = UnsafeContent.find(answer);
        if (unsafe.isPresent()) {
            throw Replies.offSchema("answer contains " + unsafe.get());
        }
        String names = cited.stream().map(i -> i.name() + " (" + i.id().replace('-', ' ') + ")")
                .collect(Collectors.joining(", "));
        return prompts.common("grounded_sources", Map.of("answer", answer, "items", names));
    }
}
