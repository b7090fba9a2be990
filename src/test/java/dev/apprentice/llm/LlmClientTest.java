package dev.apprentice.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.llm.LlmConfig.Provider;
import dev.apprentice.llm.LlmStub.Reply;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client against a stub server in both wire formats: what it sends, what it accepts, and
 * which failure each fault gives.
 */
class LlmClientTest {

    private static final List<ChatMessage> MESSAGES = List.of(
            SystemMessage.from("You " + LlmStub.INTENT + " for a test."),
            UserMessage.from("reach me at jane.doe@example.com or +44 20 7946 0958"));

    private final LlmStub stub = LlmStub.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private LlmClient client(Provider provider) {
        String url = provider == Provider.OLLAMA ? stub.ollamaBaseUrl() : stub.openAiBaseUrl();
        return new StubConfig(provider, url, Duration.ofMillis(1_500)).client();
    }

    private static Optional<String> ask(LlmClient client) {
        return client.ask("test", MESSAGES, Replies::object).map(Object::toString);
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "OLLAMA"})
    void good_reply_is_parsed(Provider provider) {
        stub.script(LlmStub.INTENT, Reply.content("{\"intents\": {\"greet\": 1.0}}"));

        Optional<String> reply = ask(client(provider));

        assertThat(reply).contains("{\"intents\":{\"greet\":1.0}}");
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "OLLAMA"})
    void personal_data_is_redacted_before_sending(Provider provider) {
        stub.script(LlmStub.INTENT, Reply.content("{}"));

        ask(client(provider));

        String sent = stub.requestTexts().get(0);
        assertThat(sent).contains("reach me at [EMAIL] or [PHONE]");
        assertThat(sent).doesNotContain("jane.doe").doesNotContain("7946");
    }

    @Test
    void openai_request_names_model_and_token_limit() {
        stub.script(LlmStub.INTENT, Reply.content("{}"));

        ask(client(Provider.OPENAI));

        JsonNode sent = stub.requests(LlmStub.INTENT).get(0);
        assertThat(sent.path("model").asText()).isEqualTo("stub-model");
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(100);
        assertThat(sent.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(sent.path("messages").get(1).path("role").asText()).isEqualTo("user");
    }

    @Test
    void openai_request_without_key_has_no_authorization() {
        stub.script(LlmStub.INTENT, Reply.content("{}"), Reply.content("{}"),
                Reply.content("{}"));
        Duration timeout = Duration.ofMillis(1_500);

        ask(new StubConfig(Provider.OPENAI, stub.openAiBaseUrl(), timeout).client());
        ask(new StubConfig(Provider.OPENAI, stub.openAiBaseUrl(), timeout, Optional.of(" "))
                .client());
        ask(new StubConfig(Provider.OPENAI, stub.openAiBaseUrl(), timeout,
                Optional.of("sk-test")).client());

        assertThat(stub.authorizations()).containsExactly("", "", "Bearer sk-test");
    }

    @Test
    void ollama_request_asks_for_json() {
        stub.script(LlmStub.INTENT, Reply.content("{}"));

        ask(client(Provider.OLLAMA));

        JsonNode sent = stub.requests(LlmStub.INTENT).get(0);
        assertThat(sent.path("model").asText()).isEqualTo("stub-model");
        assertThat(sent.path("format").asText()).isEqualTo("json");
        assertThat(sent.path("options").path("num_predict").asInt()).isEqualTo(100);
    }

    @Test
    void fenced_json_is_accepted() {
        stub.script(LlmStub.INTENT, Reply.content("```json\n{\"a\": 1}\n```"));

        assertThat(ask(client(Provider.OPENAI))).contains("{\"a\":1}");
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "OLLAMA"})
    void server_error_is_retried_once(Provider provider) {
        stub.script(LlmStub.INTENT, Reply.status(500), Reply.status(503));
        LlmClient client = client(provider);

        Optional<String> reply = ask(client);

        assertThat(reply).isEmpty();
        assertThat(stub.requests(LlmStub.INTENT)).hasSize(2);
        assertThat(client.failures(Failure.SERVER_ERROR)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "OLLAMA"})
    void rate_limit_then_success_uses_the_retry(Provider provider) {
        stub.script(LlmStub.INTENT, Reply.status(429), Reply.content("{\"ok\": true}"));

        Optional<String> reply = ask(client(provider));

        assertThat(reply).contains("{\"ok\":true}");
        assertThat(stub.requests(LlmStub.INTENT)).hasSize(2);
    }

    @Test
    void rate_limit_twice_falls_back() {
        stub.script(LlmStub.INTENT, Reply.status(429), Reply.status(429));
        LlmClient client = client(Provider.OPENAI);

        assertThat(ask(client)).isEmpty();
        assertThat(client.failures(Failure.RATE_LIMITED)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "OLLAMA"})
    void slow_reply_times_out_without_retry(Provider provider) {
        stub.script(LlmStub.INTENT, Reply.slow(3_000, "{}"));
        LlmClient client = client(provider);

        assertThat(ask(client)).isEmpty();
        assertThat(client.failures(Failure.TIMEOUT)).isEqualTo(1);
        assertThat(stub.requests(LlmStub.INTENT)).hasSize(1);
    }

    @Test
    void timeout_opens_the_circuit_until_the_cooldown_ends() {
        stub.script(LlmStub.INTENT, Reply.slow(3_000, "{}"), Reply.content("{\"ok\": true}"));
        MutableClock clock = new MutableClock();
        LlmClient client = new StubConfig(Provider.OPENAI, stub.openAiBaseUrl(),
                Duration.ofMillis(300)).client(clock);

        Optional<String> timedOut = ask(client);
        clock.advance(Duration.ofSeconds(29));
        Optional<String> skipped = ask(client);
        int sentWhileOpen = stub.requests(LlmStub.INTENT).size();
        clock.advance(Duration.ofSeconds(2));
        Optional<String> afterCooldown = ask(client);

        assertThat(timedOut).isEmpty();
        assertThat(skipped).isEmpty();
        assertThat(sentWhileOpen).isEqualTo(1);
        assertThat(client.failures(Failure.CIRCUIT_OPEN)).isEqualTo(1);
        assertThat(afterCooldown).contains("{\"ok\":true}");
        assertThat(stub.requests(LlmStub.INTENT)).hasSize(2);
    }

    @Test
    void server_error_after_its_retry_opens_the_circuit() {
        stub.script(LlmStub.INTENT, Reply.status(500), Reply.status(500), Reply.content("{}"));
        LlmClient client = new StubConfig(Provider.OPENAI, stub.openAiBaseUrl(),
                Duration.ofMillis(1_500)).client(new MutableClock());

        ask(client);
        Optional<String> skipped = ask(client);

        assertThat(skipped).isEmpty();
        assertThat(stub.requests(LlmStub.INTENT)).hasSize(2);
        assertThat(client.failures(Failure.CIRCUIT_OPEN)).isEqualTo(1);
    }

    @Test
    void refused_connection_opens_the_circuit() {
        String url = stub.openAiBaseUrl();
        stub.close();
        LlmClient client = new StubConfig(Provider.OPENAI, url, Duration.ofMillis(1_500))
                .client(new MutableClock());

        ask(client);
        ask(client);

        assertThat(client.failures(Failure.REQUEST_FAILED)).isEqualTo(1);
        assertThat(client.failures(Failure.CIRCUIT_OPEN)).isEqualTo(1);
    }

    @Test
    void rejected_request_leaves_the_circuit_closed() {
        stub.script(LlmStub.INTENT, Reply.status(400), Reply.content("{}"));
        LlmClient client = client(Provider.OPENAI);

        ask(client);
        Optional<String> second = ask(client);

        assertThat(second).contains("{}");
        assertThat(client.failures(Failure.CIRCUIT_OPEN)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "OLLAMA"})
    void unreadable_body_is_described_by_its_cause(Provider provider) {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, '{', 'x'};
        stub.script(LlmStub.INTENT, Reply.rawBody(garbage), Reply.rawBody(garbage));
        String url = provider == Provider.OLLAMA ? stub.ollamaBaseUrl() : stub.openAiBaseUrl();
        StubConfig config = new StubConfig(provider, url, Duration.ofMillis(1_500));
        LlmClient client = config.client();

        Optional<String> reply = ask(client);
        Throwable error = catchThrowable(() -> LlmProducers.chatModel(config).chat(MESSAGES));
        String detail = LlmClient.classify(error).getMessage();

        assertThat(reply).isEmpty();
        assertThat(client.failures(Failure.REQUEST_FAILED)).isEqualTo(1);
        assertThat(detail).isEqualTo("reply body is not valid JSON (JsonParseException)");
    }

    @Test
    void malformed_reply_falls_back() {
        stub.script(LlmStub.INTENT, Reply.content("Sure! The intent is greet."));
        LlmClient client = client(Provider.OPENAI);

        assertThat(ask(client)).isEmpty();
        assertThat(client.failures(Failure.MALFORMED)).isEqualTo(1);
    }

    @Test
    void empty_reply_falls_back() {
        stub.script(LlmStub.INTENT, Reply.content("  "));
        LlmClient client = client(Provider.OPENAI);

        assertThat(ask(client)).isEmpty();
        assertThat(client.failures(Failure.EMPTY)).isEqualTo(1);
    }

    @Test
    void reply_cut_off_at_the_token_limit_is_runaway() {
        stub.script(LlmStub.INTENT, Reply.cutOff("{\"intents\": {\"greet\": 0.5, \"bye"));
        LlmClient client = client(Provider.OPENAI);

        assertThat(ask(client)).isEmpty();
        assertThat(client.failures(Failure.RUNAWAY)).isEqualTo(1);
    }

    @Test
    void overlong_reply_is_runaway() {
        stub.script(LlmStub.INTENT, Reply.content("{\"a\": \"" + "x".repeat(2_000) + "\"}"));
        LlmClient client = client(Provider.OLLAMA);

        assertThat(ask(client)).isEmpty();
        assertThat(client.failures(Failure.RUNAWAY)).isEqualTo(1);
    }

    @Test
    void disabled_client_sends_nothing() {
        LlmClient client = LlmClient.disabled();

        assertThat(client.enabled()).isFalse();
        assertThat(ask(client)).isEmpty();
        assertThat(stub.requestTexts()).isEmpty();
    }
}
