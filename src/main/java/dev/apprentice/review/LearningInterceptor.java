package dev.apprentice.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.ActionContext;
import dev.apprentice.clarify.Clarifier;
import dev.apprentice.clarify.Mode;
import dev.apprentice.clarify.UncertainIntentDetector;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.llm.Redactor;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.NluEngine;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.nlu.ParseResult.IntentScore;
import dev.apprentice.processor.Interception;
import dev.apprentice.processor.TurnInterceptor;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.tracker.DialogueStateTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * The learning step of a turn, around the clarification step. Before it, it handles
 * {@code /correct [intent]} (relabel the previous user message), {@code /review} (ask about the
 * top queued message) and answers to such a question. After it, it queues the message when the
 * classifier's top probability is below {@link LearningConfig#enqueueBelow()}, and in teacher
 * mode adds a question about the top queued message to the reply of {@code /mode teacher}.
 * Queued messages come from other users, so questions about them go only to trusted senders,
 * their text is shown with personal data redacted, and only a trusted sender's skip or neither
 * takes an item out of the queue.
 */
public final class LearningInterceptor implements TurnInterceptor {

    static final String CORRECTION_EVENT = "apprentice_correction";
    static final String ANSWER_EVENT = "apprentice_queue_answer";
    private static final Logger LOG = Logger.getLogger(LearningInterceptor.class);
    private static final Pattern CORRECT = Pattern.compile("^/correct(?:\\s+(\\S+))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVIEW = Pattern.compile("^/review\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int OPTIONS = 3;
    private static final String NOT_TRUSTED = "Only a teacher can review queued messages.";
    /**
     * The maximum number of newest pending items ranked for a question inside a conversation.
     * Ranking scores each item with the classifier and the committee, so a small pool keeps a
     * teacher's turn fast; the REST listing ranks {@link LearningConfig#rankPoolSize()} items.
     */
    public static final int QUESTION_POOL = 50;

    private final TurnInterceptor next;
    private final BiFunction<DialogueStateTracker, UserMessage, Mode> modes;
    private final LearningModel model;
    private final ReviewQueue queue;
    private final Labeller labeller;
    private final QueueRanker ranker;
    private final LearningConfig config;
    private final BiPredicate<String, JsonNode> trusted;
    private final Redactor redactor = new Redactor();

    /**
     * @param next the clarification step
     * @param modes the mode a message is handled in
     * @param model the model of the processor this step belongs to
     * @param trusted whether a sender, with a message's metadata, is trusted as a teacher:
     *     the trust decision that approves corrections
     */
    public LearningInterceptor(TurnInterceptor next,
            BiFunction<DialogueStateTracker, UserMessage, Mode> modes, LearningModel model,
            ReviewQueue queue, Labeller labeller, QueueRanker ranker, LearningConfig config,
            BiPredicate<String, JsonNode> trusted) {
        this.next = next;
        this.modes = modes;
        this.model = model;
        this.queue = queue;
        this.labeller = labeller;
        this.ranker = ranker;
        this.config = config;
        this.trusted = trusted;
    }

    @Override
    public Interception intercept(DialogueStateTracker tracker, UserMessage message,
            ActionContext context) {
        String text = message.text() == null ? "" : message.text().strip();
        Matcher correct = CORRECT.matcher(text);
        if (correct.matches()) {
            // A queue question ends with this user message. A clarifying question needs an
            // event that abandons it, because otherwise the next message answers it.
            Interception corrected = correction(tracker, message, correct.group(1),
                    context.now());
            return withLeading(corrected,
                    Clarifier.abandonPendingQuestion(tracker, context.now()));
        }
        Optional<QueueQuestion> pending = QueueQuestion.pending(tracker.events());
        if (pending.isPresent()) {
            Optional<QueueQuestion.Reply> reply = pending.get().read(text);
            if (reply.isPresent()) {
                return answer(tracker, message, pending.get(), reply.get(), context.now());
            }
        }
        if (REVIEW.matcher(text).matches()) {
            if (!isTrusted(message)) {
                return Interception.reply(message, "action_review_queue",
                        List.of(statement(NOT_TRUSTED, context.now())));
            }
            List<Event> events = nextQuestion(context.now())
                    .orElseGet(() -> List.of(statement("No messages wait for review.",
                            context.now())));
            return Interception.reply(message, "action_review_queue", events);
        }
        Interception result = next.intercept(tracker, message, context);
        enqueueIfUnsure(result, text, context.now());
        return withTeacherQuestion(tracker, message, result, context.now());
    }

    private Interception correction(DialogueStateTracker tracker, UserMessage message,
            String intent, double now) {
        Optional<Event> previous = previousRequest(tracker);
        if (previous.isEmpty()) {
            return Interception.reply(message, "action_correct_intent",
                    List.of(statement("There is no earlier message to correct.", now)));
        }
        String text = previous.get().text();
        if (intent == null) {
            return Interception.reply(message, "action_correct_intent",
                    List.of(intentChoice(text, now)));
        }
        List<Event> events = new ArrayList<>();
        try {
            Labeller.Outcome outcome = labeller.correct(text, intent,
                    provenance(tracker, message), metadata(message));
            events.add(Events.custom(CORRECTION_EVENT, Json.object().put("text", text)
                    .put("intent", intent).put("example", outcome.example().id())
                    .put("review", reviewOf(outcome))
                    .put("applied", outcome.applied()), now));
            events.add(statement(learnedWording(text, intent, outcome), now));
        } catch (LearningException e) {
            if (!isTrusted(message)) {
                // The full list of intent names is internal; buttons offer the likely ones.
                events.add(statement("I don't know the intent '" + Labeller.shortened(intent)
                        + "'.", now));
                events.add(intentChoice(text, now));
            } else {
                events.add(statement(e.getMessage(), now));
            }
        }
        return Interception.reply(message, "action_correct_intent", events);
    }

    private static Interception withLeading(Interception result, Optional<Event> leading) {
        if (leading.isEmpty()) {
            return result;
        }
        List<Event> events = new ArrayList<>();
        events.add(leading.get());
        events.addAll(result.actionEvents());
        return new Interception(result.message(), result.action(), events, result.resume(),
                result.preface(), result.runPolicies());
    }

    private Interception answer(DialogueStateTracker tracker, UserMessage message,
            QueueQuestion question, QueueQuestion.Reply reply, double now) {
        List<Event> events = new ArrayList<>();
        ObjectNode fields = Json.object().put("item", question.itemId());
        try {
            events.addAll(applyReply(tracker, message, question, reply, fields, now));
        } catch (LearningException e) {
            events.add(Events.custom(ANSWER_EVENT, fields.put("outcome", "invalid"), now));
            events.add(statement(e.getMessage(), now));
        }
        if (modes.apply(tracker, message) == Mode.TEACHER && config.teacherQuestions()
                && isTrusted(message)) {
            nextQuestion(now).ifPresent(events::addAll);
        }
        return Interception.reply(message, "action_review_queue", events);
    }

    /** Labels or skips the item as {@code reply} requests; returns the events to log. */
    private List<Event> applyReply(DialogueStateTracker tracker, UserMessage message,
            QueueQuestion question, QueueQuestion.Reply reply, ObjectNode fields, double now) {
        if (reply instanceof QueueQuestion.Reply.Chosen chosen) {
            Labeller.Outcome outcome = labeller.labelFromConversation(question.itemId(),
                    chosen.intent(), provenance(tracker, message), metadata(message));
            fields.put("outcome", "labelled").put("intent", chosen.intent())
                    .put("review", reviewOf(outcome)).put("applied", outcome.applied());
            return List.of(Events.custom(ANSWER_EVENT, fields, now),
                    statement(learnedWording(question.text(), chosen.intent(), outcome), now));
        }
        if (!isTrusted(message)) {
            return List.of(Events.custom(ANSWER_EVENT, fields.put("outcome", "ignored"), now),
                    statement(NOT_TRUSTED, now));
        }
        String outcome = reply instanceof QueueQuestion.Reply.Skip
                ? QueueQuestion.SKIP : QueueQuestion.NEITHER;
        queue.markSkipped(question.itemId(), message.senderId());
        return List.of(Events.custom(ANSWER_EVENT, fields.put("outcome", outcome), now),
                statement("All right, I'll leave that one.", now));
    }

    private Interception withTeacherQuestion(DialogueStateTracker tracker, UserMessage message,
            Interception result, double now) {
        // Only the /mode command: a mode given in a message's metadata comes with a request,
        // whose own reply, and perhaps a clarifying question, must not be followed by another.
        boolean toTeacher = "action_set_mode".equals(result.action())
                && result.actionEvents().stream().anyMatch(e -> e.is("apprentice_mode")
                        && Mode.TEACHER.id().equals(e.get("value").asText()));
        if (!toTeacher || !config.teacherQuestions() || !isTrusted(message)) {
            return result;
        }
        Optional<List<Event>> question = nextQuestion(now);
        if (question.isEmpty()) {
            return result;
        }
        List<Event> events = new ArrayList<>(result.actionEvents());
        events.addAll(question.get());
        return new Interception(result.message(), result.action(), events, result.resume(),
                result.preface(), result.runPolicies());
    }

    /** Returns the events asking about the top-ranked queued message, if any waits. */
    Optional<List<Event>> nextQuestion(double now) {
        List<QueueItem> pending = queue.pending(Math.min(config.rankPoolSize(), QUESTION_POOL));
        if (pending.isEmpty() || model.labels().size() < 2) {
            return Optional.empty();
        }
        QueueItem top = ranker.rank(pending, model, 1).get(0).item();
        List<String> options = topIntents(model, top.text()).stream()
                .map(IntentScore::name).toList();
        return Optional.of(new QueueQuestion(top.id(), redactor.redact(top.text()), options)
                .events(now));
    }

    private boolean isTrusted(UserMessage message) {
        return trusted.test(message.senderId(), metadata(message));
    }

    /**
     * Queues a request the classifier is unsure of. Answers to a clarifying question and
     * commands are not requests, and a message whose intent no classifier ranked has nothing
     * to learn from. A failure to store is logged and leaves the turn as it is.
     */
    private void enqueueIfUnsure(Interception result, String text, double now) {
        boolean request = result.action() == null || "action_clarify".equals(result.action());
        ObjectNode parse = result.message().parseData();
        if (!request || text.startsWith("/") || !MiniLmEmbedder.hasVisibleText(text)
                || parse == null || !parse.hasNonNull(ParseResult.MODEL_VERSION)
                || model.labels().size() < 2) {
            return;
        }
        List<IntentScore> top = topIntents(model, text);
        if (top.get(0).confidence() >= config.enqueueBelow()) {
            return;
        }
        String sender = result.message().senderId();
        try {
            queue.enqueue(text, sender, Instant.ofEpochMilli((long) (now * 1000)), top,
                    model.version());
        } catch (RuntimeException e) {
            LOG.warnf("review.enqueue failed sender=%s chars=%d: %s", sender, text.length(),
                    e.toString());
        }
    }

    private Event intentChoice(String text, double now) {
        ObjectNode content = Json.object().put("text", "What did you mean by \"" + text
                + "\"?");
        ArrayNode buttons = content.putArray("buttons");
        for (IntentScore score : topIntents(model, text)) {
            buttons.addObject().put("title", readable(score.name()))
                    .put("payload", "/correct " + score.name());
        }
        return botEvent(content, now);
    }

    /** Returns the most probable intents with their raw probabilities, most probable first. */
    static List<IntentScore> topIntents(LearningModel model, String text) {
        double[] p = model.probabilities(text);
        List<String> labels = model.labels();
        return IntStream.range(0, p.length).boxed()
                .filter(i -> !NluEngine.FALLBACK_INTENT.equals(labels.get(i)))
                .sorted((a, b) -> Double.compare(p[b], p[a]))
                .limit(OPTIONS)
                .map(i -> new IntentScore(labels.get(i), p[i]))
                .toList();
    }

    /** Returns the latest user message before this one that is not a command. */
    private static Optional<Event> previousRequest(DialogueStateTracker tracker) {
        List<Event> events = tracker.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            Event event = events.get(i);
            String text = event.text();
            if (event.is("user") && text != null && !text.isBlank()
                    && !text.strip().startsWith("/")) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    private static String learnedWording(String text, String intent, Labeller.Outcome outcome) {
        if (outcome.applied()) {
            return "Thanks. I now read \"" + text + "\" as " + readable(intent) + ".";
        }
        if (outcome.example().review() == ReviewState.APPROVED) {
            return "Thanks. I'll read \"" + text + "\" as " + readable(intent)
                    + " after my next training.";
        }
        return "Thanks. I'll read \"" + text + "\" as " + readable(intent)
                + " once a reviewer approves it.";
    }

    private static String reviewOf(Labeller.Outcome outcome) {
        return outcome.example().review().name().toLowerCase(Locale.ROOT);
    }

    private Provenance provenance(DialogueStateTracker tracker, UserMessage message) {
        int turns = (int) tracker.events().stream().filter(e -> e.is("user")).count();
        return new Provenance(message.senderId(), tracker.senderId(), turns,
                modes.apply(tracker, message).id(), Instant.now());
    }

    private static JsonNode metadata(UserMessage message) {
        return message.metadata() == null ? Json.object() : message.metadata();
    }

    private static String readable(String intent) {
        return UncertainIntentDetector.readable(intent);
    }

    private static Event statement(String text, double now) {
        return botEvent(Json.object().put("text", text), now);
    }

    private static Event botEvent(ObjectNode content, double now) {
        return ResponseRenderer.toEvent(null, content, Map.of(), now);
    }
}
