package dev.apprentice.testsupport;

import dev.apprentice.action.NoActionServer;
import dev.apprentice.bot.Bot;
import dev.apprentice.bot.BotFactory;
import dev.apprentice.nlu.IntentShortcut;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.project.ProjectLoader;
import dev.apprentice.processor.ConversationLocks;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.processor.TurnInterceptor;
import dev.apprentice.processor.TurnResult;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.project.RasaProject;
import dev.apprentice.tracker.InMemoryTrackerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A small bot written to a temporary folder and loaded with the real loader. Its parser only
 * understands {@code /intent} messages, so the tests need no embedding model; the clock is
 * settable so that session expiry can be tested.
 */
public final class TinyBot {

    public static final String DOMAIN = """
            version: "3.1"
            intents: [greet, inform, chitchat, stop, restart]
            entities: [city]
            slots:
              city:
                type: text
                influence_conversation: false
                mappings:
                - type: from_entity
                  entity: city
              name:
                type: text
                influence_conversation: false
                mappings:
                - type: from_text
                  conditions:
                  - active_loop: trip_form
                    requested_slot: name
            responses:
              utter_greet:
              - text: "Hello {city}!"
              utter_ask_city:
              - text: "Which city?"
              utter_ask_name:
              - text: "Your name?"
              utter_done:
              - text: "Booked {name} to {city}."
              utter_chitchat:
              - text: "Let's stay on topic."
              utter_restart:
              - text: "Starting over."
              utter_default:
              - text: "Sorry?"
            forms:
              trip_form:
                required_slots: [city, name]
            session_config:
              session_expiration_time: 60
              carry_over_slots_to_new_session: true
            """;

    public static final String RULES = """
            version: "3.1"
            rules:
            - rule: greet
              steps:
              - intent: greet
              - action: utter_greet
            - rule: start the form
              steps:
              - intent: inform
              - action: trip_form
              - active_loop: trip_form
            - rule: submit
              condition:
              - active_loop: trip_form
              steps:
              - action: trip_form
              - active_loop: null
              - action: utter_done
            - rule: chitchat
              steps:
              - intent: chitchat
              - action: utter_chitchat
            """;

    public final AtomicReference<Double> now = new AtomicReference<>(1_000_000.0);
    public final MessageProcessor processor;
    public final Bot bot;

    public TinyBot() {
        this(bot -> TurnInterceptor.NONE);
    }

    /** Builds the bot with the interceptor that {@code interceptor} makes for it. */
    public TinyBot(Function<Bot, TurnInterceptor> interceptor) {
        RasaProject project = new ProjectLoader().load(write());
        IntentShortcut shortcut = new IntentShortcut(project.domain());
        bot = BotFactory.build(project,
                text -> shortcut.parse(text).orElse(ParseResult.empty(text)),
                new NoActionServer(), new Random(3));
        processor = new MessageProcessor(bot, new InMemoryTrackerStore(),
                new ConversationLocks(), () -> now.get(), interceptor.apply(bot));
    }

    public TurnResult say(String sender, String text) {
        return processor.handleMessage(UserMessage.rest(sender, text, null));
    }

    public TurnResult say(String sender, String text, com.fasterxml.jackson.databind.JsonNode
            metadata) {
        return processor.handleMessage(UserMessage.rest(sender, text, metadata));
    }

    public static java.util.List<String> texts(TurnResult result) {
        return result.botEvents().stream().map(e -> e.text()).toList();
    }

    private static Path write() {
        try {
            Path root = Files.createTempDirectory("tinybot");
            Files.writeString(root.resolve("domain.yml"), DOMAIN);
            Files.createDirectories(root.resolve("data"));
            Files.writeString(root.resolve("data/rules.yml"), RULES);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
