package dev.apprentice.testsupport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.action.ActionRegistry;
import dev.apprentice.action.NoActionServer;
import dev.apprentice.action.SlotExtractor;
import dev.apprentice.bot.Bot;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.EntityType;
import dev.apprentice.domain.Intent;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.domain.SessionConfig;
import dev.apprentice.domain.Slot;
import dev.apprentice.json.Json;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.policy.MemoizationPolicy;
import dev.apprentice.policy.PolicyEnsemble;
import dev.apprentice.policy.RulePolicy;
import dev.apprentice.processor.ConversationLocks;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.project.BotConfig;
import dev.apprentice.project.Credentials;
import dev.apprentice.project.Endpoints;
import dev.apprentice.project.RasaProject;
import dev.apprentice.tracker.InMemoryTrackerStore;
import dev.apprentice.training.NluData;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A tiny bot built in code: intents greet and inform, entity name, a text slot {@code location}
 * with the initial value "CityA", a text slot {@code name}, the response {@code utter_greet} and
 * {@code utter_ask_device}, whose button payloads contain JSON braces. Its NLU understands only
 * {@code /intent} messages. It has no rules or stories, and its core fallback action is
 * {@code action_listen} (the default fallback would rewind each turn), so the bot listens after
 * every user message.
 */
public final class TestBots {

    public static final String PC_PAYLOAD = "/inform{\"device_type\":\"pc\"}";
    public static final String MAC_PAYLOAD = "/inform{\"device_type\":\"mac\"}";

    private TestBots() {
    }

    public static Domain domain() {
        Map<String, Slot> slots = new LinkedHashMap<>();
        slots.put("location", new Slot("location", "text", true, TextNode.valueOf("CityA"),
                List.of(), null, null, List.of()));
        slots.put("session_started_metadata", Slot.unfeaturized("session_started_metadata",
                "any"));
        slots.put("name", Slot.unfeaturized("name", "text"));
        ObjectNode greet = Json.object().put("text", "Hello, {location}!");
        ObjectNode askDevice = Json.object().put("text", "Pick one, {name}");
        askDevice.putArray("buttons")
                .add(Json.object().put("title", "PC").put("payload", PC_PAYLOAD))
                .add(Json.object().put("title", "Mac").put("payload", MAC_PAYLOAD));
        Map<String, List<ResponseVariation>> responses = Map.of(
                "utter_greet", List.of(new ResponseVariation(greet, null, List.of())),
                "utter_ask_device", List.of(new ResponseVariation(askDevice, null, List.of())));
        ObjectNode json = Json.object();
        json.putArray("intents").add("greet").add("inform");
        return new Domain(List.of(Intent.named("greet"), Intent.named("inform")),
                List.of(EntityType.named("name")), slots, responses, List.of(), Set.of(),
                Map.of(), SessionConfig.DEFAULT, true, json);
    }

    /** Creates a parser that reads {@code /intent} for the intents of {@code domain} only. */
    public static MessageParser slashParser(Domain domain) {
        return text -> {
            String name = text.startsWith("/") ? text.substring(1).strip() : "";
            if (!domain.hasIntent(name)) {
                return ParseResult.empty(text);
            }
            ParseResult.IntentScore intent = new ParseResult.IntentScore(name, 1.0);
            return new ParseResult(text, intent, List.of(), List.of(intent), List.of());
        };
    }

    public static MessageProcessor processor() {
        Domain domain = domain();
        BotConfig config = new BotConfig("test_bot", "en", false, 0.3, 0.1, 5, 0.3,
                "action_listen", true, List.of(), List.of());
        RasaProject project = new RasaProject(Path.of("."), domain, NluData.empty(), List.of(),
                List.of(), List.of(), config, Endpoints.none(), Credentials.none(), List.of());
        PolicyEnsemble policies = new PolicyEnsemble(domain, config,
                new RulePolicy(domain, List.of()), new MemoizationPolicy(domain, List.of(), 5));
        Bot bot = new Bot(project, slashParser(domain), policies,
                new ActionRegistry(domain, new NoActionServer()),
                new ResponseRenderer(domain, new Random(7)), new SlotExtractor(domain));
        return new MessageProcessor(bot, new InMemoryTrackerStore(), new ConversationLocks(),
                () -> System.currentTimeMillis() / 1000.0);
    }
}
