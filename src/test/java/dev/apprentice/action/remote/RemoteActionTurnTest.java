package dev.apprentice.action.remote;

import static dev.apprentice.action.remote.ActionTestBot.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.ActionRegistry;
import dev.apprentice.action.SlotExtractor;
import dev.apprentice.bot.Bot;
import dev.apprentice.domain.Domain;
import dev.apprentice.event.Event;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.policy.MemoizationPolicy;
import dev.apprentice.policy.PolicyEnsemble;
import dev.apprentice.policy.RulePolicy;
import dev.apprentice.processor.ConversationLocks;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.project.BotConfig;
import dev.apprentice.project.Credentials;
import dev.apprentice.project.Endpoints;
import dev.apprentice.project.RasaProject;
import dev.apprentice.testsupport.ScriptedActionServer;
import dev.apprentice.testsupport.ScriptedActionServer.Reply;
import dev.apprentice.testsupport.TestBots;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.apprentice.tracker.InMemoryTrackerStore;
import dev.apprentice.training.NluData;
import dev.apprentice.training.Rule;
import dev.apprentice.training.StoryStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whole turns in which a rule runs the custom action {@code my_action} on an action server. */
class RemoteActionTurnTest {

    private ScriptedActionServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private MessageProcessor processor(List<String> customActions,
            Function<JsonNode, Reply> script) {
        server = new ScriptedActionServer(script);
        Domain domain = ActionTestBot.domain(Set.of(), customActions);
        BotConfig config = new BotConfig("remote_bot", "en", false, 0.3, 0.1, 5, 0.3,
                "action_listen", true, List.of(), List.of());
        Rule rule = new Rule("greet runs my_action", List.of(), List.of(
                new StoryStep.User("greet", null, List.of()),
                StoryStep.Action.named("my_action")), false, true, "test");
        RasaProject project = new RasaProject(Path.of("."), domain, NluData.empty(),
                List.of(), List.of(rule), List.of(), config, Endpoints.none(),
                Credentials.none(), List.of());
        PolicyEnsemble policies = new PolicyEnsemble(domain, config,
                new RulePolicy(domain, List.of(rule)), new MemoizationPolicy(domain, List.of(),
                5));
        var executor = new RemoteActionExecutor(endpoint(server.url()), "Sorry.", false);
        Bot bot = new Bot(project, TestBots.slashParser(domain), policies,
                new ActionRegistry(domain, executor), new ResponseRenderer(domain, new Random(7)),
                new SlotExtractor(domain));
        return new MessageProcessor(bot, new InMemoryTrackerStore(), new ConversationLocks(),
                () -> 1000.0);
    }

    private static UserMessage greet(String sender) {
        return new UserMessage(sender, "/greet", null, "rest", "collector", null);
    }

    private static List<String> summary(DialogueStateTracker tracker) {
        return tracker.events().stream()
                .map(e -> e.name() != null ? e.type() + ":" + e.name()
                        : e.is("bot") ? "bot:" + e.text() : e.type())
                .toList();
    }

    @Test
    void action_events_follow_the_action() {
        MessageProcessor processor = processor(List.of("my_action"), request -> Reply.ok("""
                {"events": [{"event": "slot", "timestamp": null, "name": "name",
                             "value": "Ada"}],
                 "responses": [{"response": "utter_greet"}]}"""));

        processor.handleMessage(greet("c1"));

        DialogueStateTracker tracker = processor.tracker("c1");
        assertThat(summary(tracker)).endsWith("user", "user_featurization", "action:my_action",
                "bot:hey there None!", "slot:name", "action:action_listen");
        assertThat(tracker.slot("name").asText()).isEqualTo("Ada");
        assertThat(tracker.events()).allSatisfy(e -> assertThat(e.timestamp()).isEqualTo(1000));
    }

    @Test
    void failed_action_sends_fallback() {
        MessageProcessor processor = processor(List.of("my_action"),
                request -> Reply.json(500, "{\"error\":\"boom\"}"));

        processor.handleMessage(greet("c2"));

        assertThat(summary(processor.tracker("c2"))).endsWith("user", "user_featurization",
                "action:my_action", "bot:Sorry.", "action:action_listen");
    }

    @Test
    void rejected_action_is_logged_as_rejection_only() {
        MessageProcessor processor = processor(List.of("my_action"),
                request -> Reply.json(400, "{\"action_name\":\"my_action\"}"));

        processor.handleMessage(greet("c3"));

        List<String> events = summary(processor.tracker("c3"));
        assertThat(events).contains("action_execution_rejected:my_action")
                .doesNotContain("action:my_action")
                .endsWith("action:action_listen");
    }

    @Test
    void custom_session_start_with_message() {
        MessageProcessor processor = processor(List.of("my_action", "action_session_start"),
                request -> "my_action".equals(request.path("next_action").asText())
                        ? Reply.ok("{}") : Reply.ok("""
                        {"events": [{"event": "session_started"},
                                    {"event": "action", "name": "action_listen"}],
                         "responses": [{"text": "Welcome back"}]}"""));

        DialogueStateTracker first = processor.tracker("new-conv-1");
        processor.handleMessage(greet("new-conv-1"));

        assertThat(summary(first)).containsExactly("action:action_session_start",
                "bot:Welcome back", "session_started", "action:action_listen");
        List<String> stored = summary(processor.tracker("new-conv-1"));
        assertThat(stored).startsWith("action:action_session_start", "bot:Welcome back",
                "session_started", "action:action_listen", "user");
        assertThat(stored).containsOnlyOnce("session_started");
    }

    @Test
    void failed_session_start_logs_only_the_action() {
        MessageProcessor processor = processor(List.of("my_action", "action_session_start"),
                request -> "action_session_start".equals(request.path("next_action").asText())
                        ? Reply.json(503, "") : Reply.ok("{}"));

        processor.handleMessage(greet("c4"));

        List<Event> events = processor.tracker("c4").events();
        assertThat(summary(processor.tracker("c4"))).startsWith("action:action_session_start",
                "user");
        assertThat(events).noneMatch(e -> e.is("bot"));
    }
}
