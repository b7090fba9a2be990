package dev.apprentice.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.Action;
import dev.apprentice.action.ActionContext;
import dev.apprentice.action.ActionResult;
import dev.apprentice.bot.Bot;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.policy.Prediction;
import dev.apprentice.policy.StateSequence;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.apprentice.tracker.TrackerStore;
import java.util.List;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.jboss.logging.Logger;

/**
 * Runs turns. Each call holds the sender's lock and rebuilds the tracker from the store. It starts
 * a session when there is none or it expired, and logs the user message and the slots it filled.
 * Then it predicts and runs actions until the bot listens, and stores the turn's events in one
 * append.
 */
public final class MessageProcessor {

    private static final Logger LOG = Logger.getLogger(MessageProcessor.class);
    /** Rasa's MAX_NUMBER_OF_PREDICTIONS: actions one turn may run before it is cut off. */
    static final int MAX_PREDICTIONS = 10;
    /** The policy name written on actions the clarification engine chose. */
    static final String CLARIFICATION_POLICY = StateSequence.CLARIFICATION_POLICY;
    /** The metadata key of the token that marks a sender as a trusted teacher. */
    public static final String TEACHER_TOKEN = "teacher_token";

    private final Bot bot;
    private final TrackerStore store;
    private final ConversationLocks locks;
    private final DoubleSupplier clock;
    private final TurnInterceptor interceptor;

    public MessageProcessor(Bot bot, TrackerStore store, ConversationLocks locks,
            DoubleSupplier clock) {
        this(bot, store, locks, clock, TurnInterceptor.NONE);
    }

    public MessageProcessor(Bot bot, TrackerStore store, ConversationLocks locks,
            DoubleSupplier clock, TurnInterceptor interceptor) {
        this.bot = bot;
        this.store = store;
        this.locks = locks;
        this.clock = clock;
        this.interceptor = interceptor;
    }

    public Bot bot() {
        return bot;
    }

    /** Handles one user message and returns what the turn logged. */
    public TurnResult handleMessage(UserMessage message) {
        return locks.withLock(message.senderId(), () -> {
            Turn turn = begin(message.senderId());
            ActionContext context = context(message.outputChannel(), message.metadata());
            startSessionIfNeeded(turn.tracker, context);
            apply(turn.tracker, interceptor.intercept(turn.tracker, message, context), context);
            return turn.commit();
        });
    }

    private void apply(DialogueStateTracker tracker, Interception interception,
            ActionContext context) {
        logUser(tracker, interception.message());
        double now = context.now();
        if (interception.action() != null) {
            tracker.update(Events.userFeaturization(false, now));
            tracker.update(Events.action(interception.action(), CLARIFICATION_POLICY, 1.0,
                    false, now));
            interception.actionEvents().forEach(e -> tracker.update(e.withTimestamp(now)));
        }
        if (interception.resume() != null) {
            tracker.update(Events.action("action_listen", CLARIFICATION_POLICY, 1.0, false, now));
            logUser(tracker, interception.resume());
        }
        if (!interception.runPolicies()) {
            interception.preface().forEach(e -> tracker.update(e.withTimestamp(now)));
            tracker.update(Events.action("action_listen", CLARIFICATION_POLICY, 1.0, false, now));
            return;
        }
        interception.preface().forEach(e -> tracker.update(e.withTimestamp(now)));
        predictAndRun(tracker, context);
    }

    /** Handles an intent triggered from outside, as Rasa's {@code trigger_intent}. */
    public TurnResult triggerIntent(String senderId, String intent, List<ParseResult.Entity>
            entities, String outputChannel) {
        ObjectNode parse = new ParseResult("EXTERNAL: " + intent,
                new ParseResult.IntentScore(intent, 1.0), entities,
                List.of(new ParseResult.IntentScore(intent, 1.0)), List.of()).toJson();
        ObjectNode metadata = Json.object().put("is_external", true);
        return locks.withLock(senderId, () -> {
            Turn turn = begin(senderId);
            String channel = turn.tracker.latestInputChannel();
            UserMessage message = new UserMessage(senderId, "EXTERNAL: " + intent, metadata,
                    channel, outputChannel, parse);
            ActionContext context = context(outputChannel, metadata);
            startSessionIfNeeded(turn.tracker, context);
            logUser(turn.tracker, message);
            predictAndRun(turn.tracker, context);
            return turn.commit();
        });
    }

    /** Runs one named action, then lets the policies continue, as Rasa's {@code execute}. */
    public TurnResult execute(String senderId, String actionName, String policy,
            Double confidence, String outputChannel) {
        return locks.withLock(senderId, () -> {
            Turn turn = begin(senderId);
            ActionContext context = context(outputChannel, null);
            startSessionIfNeeded(turn.tracker, context);
            Action action = requireAction(actionName);
            boolean listen = runAction(turn.tracker, action, policy, confidence, context);
            if (!listen) {
                predictAndRun(turn.tracker, context);
            }
            return turn.commit();
        });
    }

    /** Logs a user message without predicting actions, as {@code POST /messages}. */
    public TurnResult addMessage(String senderId, String text, ObjectNode parseData) {
        return locks.withLock(senderId, () -> {
            Turn turn = begin(senderId);
            UserMessage message = new UserMessage(senderId, text, null,
                    turn.tracker.latestInputChannel(), "collector", parseData);
            startSessionIfNeeded(turn.tracker, context("collector", null));
            logUser(turn.tracker, message);
            return turn.commit();
        });
    }

    /** Returns the next action's scores without running it; a session start is stored. */
    public PredictionResult predict(String senderId) {
        return locks.withLock(senderId, () -> {
            Turn turn = begin(senderId);
            startSessionIfNeeded(turn.tracker, context("collector", null));
            Prediction prediction = bot.policies().predict(turn.tracker);
            turn.commit();
            return new PredictionResult(prediction, turn.tracker);
        });
    }

    /**
     * Appends events given by a client; a conversation with no events first gets a session
     * start unless the events begin one. Missing or zero timestamps become now.
     */
    public TurnResult appendEvents(String senderId, List<Event> events) {
        return locks.withLock(senderId, () -> {
            Turn turn = begin(senderId);
            boolean beginsSession = !events.isEmpty() && (events.get(0).is("session_started")
                    || "action_session_start".equals(events.get(0).name()));
            if (turn.tracker.events().isEmpty() && !beginsSession) {
                startSessionIfNeeded(turn.tracker, context("collector", null));
            }
            double now = clock.getAsDouble();
            events.forEach(e -> turn.tracker.update(e.timestamp() == 0 ? e.withTimestamp(now) : e));
            return turn.commit();
        });
    }

    /** Replaces the conversation with exactly {@code events}. */
    public DialogueStateTracker replaceEvents(String senderId, List<Event> events) {
        return locks.withLock(senderId, () -> {
            store.replace(senderId, events);
            return new DialogueStateTracker(senderId, bot.domain(), events);
        });
    }

    /**
     * Returns the stored tracker. For a conversation never seen, the session start is run in
     * memory and not stored, as Rasa does.
     */
    public DialogueStateTracker tracker(String senderId) {
        return locks.withLock(senderId, () -> {
            DialogueStateTracker tracker =
                    new DialogueStateTracker(senderId, bot.domain(), store.load(senderId));
            if (tracker.events().isEmpty()) {
                startSessionIfNeeded(tracker, context("collector", null));
            }
            return tracker;
        });
    }

    public boolean exists(String senderId) {
        return store.exists(senderId);
    }

    private Turn begin(String senderId) {
        return new Turn(senderId,
                new DialogueStateTracker(senderId, bot.domain(), store.load(senderId)));
    }

    private ActionContext context(String outputChannel, JsonNode metadata) {
        return new ActionContext(bot.renderer(), outputChannel, clock, metadata);
    }

    private void startSessionIfNeeded(DialogueStateTracker tracker, ActionContext context) {
        if (!tracker.appliedEvents().isEmpty() && !sessionExpired(tracker)) {
            return;
        }
        Action start = requireAction("action_session_start");
        runAction(tracker, start, null, 1.0, context);
    }

    private boolean sessionExpired(DialogueStateTracker tracker) {
        double minutes = bot.domain().sessionConfig().expirationMinutes();
        Event lastUser = tracker.latestOfType("user");
        if (minutes <= 0 || lastUser == null) {
            return false;
        }
        return (clock.getAsDouble() - lastUser.timestamp()) / 60.0 > minutes;
    }

    private void logUser(DialogueStateTracker tracker, UserMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        String messageId = UUID.randomUUID().toString().replace("-", "");
        ObjectNode parse = message.parseData() != null ? message.parseData().deepCopy()
                : bot.parser().parse(text).toJson();
        JsonNode metadata = storableMetadata(message.metadata());
        parse.put("message_id", messageId);
        parse.set("metadata", metadata);
        double now = clock.getAsDouble();
        tracker.update(Events.user(text, parse, message.inputChannel(), messageId, metadata, now));
        LOG.debugf("turn.user sender=%s chars=%d intent=%s", message.senderId(), text.length(),
                Json.text(parse.path("intent"), "name"));
        bot.slotExtractor().extract(tracker, now).forEach(tracker::update);
    }

    private void predictAndRun(DialogueStateTracker tracker, ActionContext context) {
        boolean first = true;
        for (int i = 0; i < MAX_PREDICTIONS; i++) {
            if (tracker.paused() && !"restart".equals(tracker.latestIntent())) {
                return;
            }
            Prediction prediction = bot.policies().predict(tracker);
            if (first) {
                tracker.update(Events.userFeaturization(prediction.useText(), context.now()));
                first = false;
            }
            Action action = bot.actions().get(prediction.action());
            if (action == null) {
                LOG.warnf("sender %s: predicted action %s is not in the domain; listening",
                        tracker.senderId(), prediction.action());
                action = requireAction("action_listen");
            }
            if (runAction(tracker, action, prediction.policy(), prediction.confidence(),
                    context)) {
                return;
            }
        }
        LOG.warnf("sender %s: turn stopped after %d actions without listening",
                tracker.senderId(), MAX_PREDICTIONS);
        tracker.update(Events.action("action_listen", null, null, false, context.now()));
    }

    /** Runs {@code action} and logs it; returns whether the bot now waits for the user. */
    private boolean runAction(DialogueStateTracker tracker, Action action, String policy,
            Double confidence, ActionContext context) {
        ActionResult result = action.run(tracker, context);
        double now = context.now();
        if (result.rejected()) {
            tracker.update(Events.actionExecutionRejected(action.name(), policy, confidence,
                    now));
            return false;
        }
        tracker.update(Events.action(action.name(), policy, confidence, false, now));
        result.events().forEach(e -> tracker.update(e.withTimestamp(now)));
        String name = action.name();
        return "action_listen".equals(name) || "action_session_start".equals(name);
    }

    /**
     * Returns the metadata to store on the user event: a copy without {@code teacher_token},
     * which grants trust and must not be readable from the tracker afterwards.
     */
    private static JsonNode storableMetadata(JsonNode metadata) {
        if (metadata == null || !metadata.isObject()) {
            return Json.object();
        }
        ObjectNode copy = ((ObjectNode) metadata).deepCopy();
        copy.remove(TEACHER_TOKEN);
        return copy;
    }

    private Action requireAction(String name) {
        Action action = bot.actions().get(name);
        if (action == null) {
            throw new UnknownActionException(name);
        }
        return action;
    }

    /** The tracker of one call and the index where this call's events begin. */
    private final class Turn {
        final String senderId;
        final DialogueStateTracker tracker;
        final int start;

        Turn(String senderId, DialogueStateTracker tracker) {
            this.senderId = senderId;
            this.tracker = tracker;
            this.start = tracker.events().size();
        }

        TurnResult commit() {
            List<Event> added = List.copyOf(tracker.events().subList(start,
                    tracker.events().size()));
            if (!added.isEmpty()) {
                store.append(senderId, added);
            }
            return new TurnResult(added, tracker);
        }
    }
}
