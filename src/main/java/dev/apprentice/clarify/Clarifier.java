package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.ActionContext;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.processor.Interception;
import dev.apprentice.processor.TurnInterceptor;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.tracker.DialogueStateTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The clarification step of a turn. Before the policies see a message it switches the mode
 * when asked to, reads the answer to a waiting question (and then has the original request
 * understood again with the answer applied), explains known terms, and otherwise looks for
 * doubts and asks about one when the conversation's mode says so.
 */
public final class Clarifier implements TurnInterceptor {

    private static final Logger LOG = Logger.getLogger(Clarifier.class);

    private final ClarifySettings settings;
    private final MessageParser parser;
    private final IntentModel intents;
    private final DoubtFinder finder;
    private final ModePolicy policy;
    private final QuestionBuilder questions;
    private final AnswerApplier answers;
    private final AnswerReader reader = new AnswerReader();
    private final Commands commands;

    public Clarifier(ClarifySettings settings, MessageParser parser, IntentModel intents,
            List<DoubtDetector> detectors, KnowledgeView knowledge, KnowledgeLearner learner,
            Vocabulary vocabulary, PromptTemplates prompts, double confidentIntent) {
        this(settings, parser, intents, detectors, knowledge, learner, vocabulary, prompts,
                confidentIntent, QuestionWording.TEMPLATES, TeachingReader.GLOSSES);
    }

    /**
     * Builds the engine with its own wording of questions and reading of teaching answers,
     * which a language model may do in place of the templates and the gloss rules.
     */
    public Clarifier(ClarifySettings settings, MessageParser parser, IntentModel intents,
            List<DoubtDetector> detectors, KnowledgeView knowledge, KnowledgeLearner learner,
            Vocabulary vocabulary, PromptTemplates prompts, double confidentIntent,
            QuestionWording wording, TeachingReader teachings) {
        this.settings = settings;
        this.parser = parser;
        this.intents = intents;
        this.finder = new DoubtFinder(detectors, knowledge, vocabulary);
        this.policy = new ModePolicy(settings);
        this.questions = new QuestionBuilder(prompts, wording);
        this.answers = new AnswerApplier(learner, intents, parser, questions, prompts,
                teachings, confidentIntent);
        this.commands = new Commands(prompts, knowledge, questions);
    }

    @Override
    public Interception intercept(DialogueStateTracker tracker, UserMessage message,
            ActionContext context) {
        double now = context.now();
        Mode mode = ConversationView.mode(tracker, settings.defaultMode());
        // Logged before whatever the message leads to: a mode switch, an abandoned question.
        List<Event> leading = new ArrayList<>();
        Optional<Mode> requested = Mode.parse(Json.text(message.metadata(), "mode"));
        if (requested.isPresent() && requested.get() != mode) {
            mode = requested.get();
            leading.add(modeEvent(mode, now));
        }
        String text = message.text() == null ? "" : message.text().strip();
        Optional<Interception> command = commands.modeCommand(message, text, now);
        if (command.isPresent()) {
            return command.get();
        }
        Optional<Question> pending = ConversationView.pendingQuestion(tracker);
        if (pending.isPresent()) {
            Optional<Interception> answered = answer(tracker, message, pending.get(), mode,
                    leading, now);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        return understand(tracker, message, text, mode, leading, now);
    }

    /**
     * Returns the event that abandons the clarifying question still waiting for an answer, if
     * one waits. A command that is handled before this step, such as {@code /correct}, logs it
     * so that the next message is not read as the question's answer.
     */
    public static Optional<Event> abandonPendingQuestion(DialogueStateTracker tracker,
            double now) {
        return ConversationView.pendingQuestion(tracker)
                .map(question -> Learned.answer(question, "abandoned", null, now));
    }

    /**
     * Returns the mode {@code message} is handled in: the one its {@code metadata.mode} asks
     * for, else the conversation's.
     */
    public Mode mode(DialogueStateTracker tracker, UserMessage message) {
        return Mode.parse(Json.text(message.metadata(), "mode"))
                .orElseGet(() -> ConversationView.mode(tracker, settings.defaultMode()));
    }

    private Optional<Interception> answer(DialogueStateTracker tracker, UserMessage message,
            Question question, Mode mode, List<Event> leading, double now) {
        Answer answer = reader.read(message.text(), question);
        if (answer instanceof Answer.FreeText free && abandons(free.text())) {
            LOG.debugf("clarify.dropped sender=%s question=%s", tracker.senderId(),
                    question.id());
            // Recorded so that the question is no longer pending: otherwise the next message
            // would be read as its answer, long after the user moved on.
            leading.add(Learned.answer(question, "abandoned", null, now));
            return Optional.empty();
        }
        LOG.debugf("clarify.answer sender=%s question=%s kind=%s answer=%s", tracker.senderId(),
                question.id(), question.kind(), answer.getClass().getSimpleName());
        AnswerApplier.Outcome outcome = answers.apply(question, answer,
                provenance(tracker, message, mode), metadataOf(message), now);
        List<Event> events = new ArrayList<>(leading);
        events.addAll(outcome.events());
        UserMessage parsed = withParse(message, parser.parse(message.text()).toJson());
        if (outcome.resumed().isEmpty()) {
            return Optional.of(Interception.reply(parsed, "action_learn_from_answer", events));
        }
        AnswerApplier.Resumed resumed = outcome.resumed().get();
        ObjectNode metadata = question.original().metadata().deepCopy();
        metadata.put("apprentice_resumed", question.id());
        UserMessage original = new UserMessage(message.senderId(), resumed.text(), metadata,
                question.original().inputChannel(), message.outputChannel(),
                resumed.parseData());
        return Optional.of(Interception.resume(parsed, "action_learn_from_answer", events,
                original, List.of()));
    }

    /**
     * Returns whether a reply is no answer but a new request: a {@code /intent} payload, such
     * as a button of an earlier message, or a "what is X?" question, which the memory answers.
     * Any other text answers the question, because each question invites the user's own words.
     */
    private static boolean abandons(String text) {
        return text.strip().startsWith("/") || Commands.askedTerm(text).isPresent();
    }

    private Interception understand(DialogueStateTracker tracker, UserMessage message,
            String text, Mode mode, List<Event> leading, double now) {
        ParseResult parse = message.parseData() != null
                ? null : parser.parse(text);
        UserMessage parsed = parse == null ? message : withParse(message, parse.toJson());
        Optional<Interception> explained = commands.explain(parsed, text, mode, leading,
                tracker, now);
        if (explained.isPresent()) {
            return explained.get();
        }
        // A message with nothing readable in it (web widgets send an empty one when they
        // connect) is logged and left unanswered rather than met with a fallback reply.
        if (!MiniLmEmbedder.hasVisibleText(text)) {
            return new Interception(parsed, null, List.of(), null, leading, false);
        }
        if (parse == null || text.startsWith("/")) {
            return Interception.proceed(parsed, leading);
        }
        List<Doubt> doubts = detect(tracker, text, parse);
        ModePolicy.Decision decision = policy.decide(doubts, mode);
        if (decision.ask().isPresent()) {
            return ask(parsed, decision.ask().get(), mode, leading, now);
        }
        List<Event> preface = new ArrayList<>(leading);
        if (!decision.assume().isEmpty()) {
            preface.add(questions.statement(commands.assumption(decision.assume()), now));
        }
        return Interception.proceed(parsed, preface);
    }

    private List<Doubt> detect(DialogueStateTracker tracker, String text, ParseResult parse) {
        List<Doubt> doubts = finder.find(text, parse, IntentScores.of(intents, text),
                ConversationView.recentTurns(tracker, settings.recentTurns()),
                tracker.senderId());
        LOG.debugf("clarify.doubts sender=%s count=%d", tracker.senderId(), doubts.size());
        return doubts;
    }

    private Interception ask(UserMessage parsed, Doubt doubt, Mode mode,
            List<Event> leading, double now) {
        Question question = Question.about(doubt, mode, new Question.Original(parsed.text(),
                parsed.parseData(), metadataOf(parsed), parsed.inputChannel()));
        List<Event> events = new ArrayList<>(leading);
        events.add(question.toEvent(now));
        events.add(questions.questionEvent(question, now));
        return Interception.reply(parsed, "action_clarify", events);
    }

    static Event modeEvent(Mode mode, double now) {
        return Events.custom(ConversationView.MODE_EVENT, Json.object().put("value", mode.id()),
                now);
    }

    private static UserMessage withParse(UserMessage message, ObjectNode parse) {
        return new UserMessage(message.senderId(), message.text(), message.metadata(),
                message.inputChannel(), message.outputChannel(), parse);
    }

    private static Provenance provenance(DialogueStateTracker tracker, UserMessage message,
            Mode mode) {
        return new Provenance(message.senderId(), tracker.senderId(),
                ConversationView.userTurns(tracker), mode.id(), Instant.now());
    }

    static JsonNode metadataOf(UserMessage message) {
        return message.metadata() == null ? Json.object() : message.metadata();
    }
}
