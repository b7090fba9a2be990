package dev.apprentice.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A chat model in the test's own process that gives the same reply to every request. */
final class FixedReplyModel implements ChatModel {

    private final String reply;
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    FixedReplyModel(String reply) {
        this.reply = reply;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        return ChatResponse.builder().aiMessage(AiMessage.from(reply))
                .finishReason(FinishReason.STOP).build();
    }

    /** Returns the requests received, oldest first. */
    List<ChatRequest> requests() {
        return requests;
    }

    /** Returns a client that sends every job to this model. */
    LlmClient client() {
        return new LlmClient(this, new Redactor(), Duration.ofSeconds(5), Duration.ZERO, 2_000,
                Duration.ZERO, Clock.systemUTC());
    }
}
