package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.event.Event;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.nlu.MiniLmEmbedder;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The clarifier's steps one at a time, for callers that run without the message processor,
 * such as the actions served to Rasa bots. The steps are: find the doubts about a message and
 * decide whether to ask, read and apply the answer to a question, and explain a term. Unlike
 * {@link Clarifier}, nothing here keeps a question pending; the caller stores the question it
 * gets back and passes it to {@link #answer}. Thread-safe.
 */
public final class ClarificationSteps {

    private static final Logger LOG = Logger.getLogger(ClarificationSteps.class);

    /** The question asked about a message, if any, and the bot messages to send. */
    public record Clarification(Optional<Question> question, List<Event> messages) {

        public Clarification {
            messages = List.copyOf(messages);
        }
    }

    /**
     * What an answer led to. {@code answered} is false when the reply was a new request (a
     * {@code /intent} payload) rather than an answer; the question is then dropped. A teacher
     * who gave a definition gets a {@code followUp} question asking for an example.
     */
    public record Answered(boolean answered, List<Event> messages,
            Optional<Question> followUp) {

        public Answered {
            messages = List.copyOf(messages);
        }
    }

    private final ClarifySettings settings;
    private final DoubtFinder finder;
    private final ModePolicy policy;
    private final QuestionBuilder questions;
    private final AnswerApplier answers;
    private final AnswerReader reader = new AnswerReader();
    private final Commands commands;

    /** Takes the same parts as {@link Clarifier}, so that both behave alike. */
    public ClarificationSteps(ClarifySettings settings, MessageParser parser,
            IntentModel intents, List<DoubtDetector> detectors, KnowledgeView knowledge,
            KnowledgeLearner learner, Vocabulary vocabulary, PromptTemplates prompts,
            double confidentIntent) {
        this(settings, parser, intents, detectors, knowledge, learner, vocabulary, prompts,
                confidentIntent, QuestionWording.TEMPLATES, TeachingReader.GLOSSES);
    }

    /** Takes the same parts as {@link Clarifier}'s constructor with wording and reading. */
    public ClarificationSteps(ClarifySettings settings, MessageParser parser,
            IntentModel intents, List<DoubtDetector> detectors, KnowledgeView knowledge,
            KnowledgeLearner learner, Vocabulary vocabulary, PromptTemplates prompts,
            double confidentIntent, QuestionWording wording, TeachingReader teachings) {
        this.settings = settings;
        this.finder = new DoubtFinder(detectors, knowledge, vocabulary);
        this.policy = new ModePolicy(settings);
        this.questions = new QuestionBuilder(prompts, wording);
        this.answers = new AnswerApplier(learner, intents, parser, questions, prompts,
                teachings, confidentIntent);
        this.commands = new Commands(prompts, knowledge, questions);
    }

    /**
     * Returns the conversation's mode: its latest {@code apprentice_mode} event, else its
     * {@code mode} slot, else the configured default.
     */
    public Mode mode(DialogueStateTracker tracker) {
        return ConversationView.mode(tracker, settings.defaultMode());
    }

    /** Returns the configured number of the latest user and bot turns of {@code tracker}. */
    public List<DoubtContext.Turn> recentTurns(DialogueStateTracker tracker) {
        return ConversationView.recentTurns(tracker, settings.recentTurns());
    }

    /**
     * Finds the doubts about {@code original}'s text and returns the question the mode calls
     * for, or the assumptions an assistant states, or nothing. A message without visible text or
     * starting with {@code /} (a button payload) is never questioned.
     *
     * @param recent the turns before the message, oldest first
     */
    public Clarification clarify(Question.Original original, ParseResult parse,
            IntentScores intents, Mode mode, List<DoubtContext.Turn> recent,
            String conversationId, double now) {
        String text = original.text() == null ? "" : original.text().strip();
        if (!MiniLmEmbedder.hasVisibleText(text) || text.startsWith("/")) {
            return new Clarification(Optional.empty(), List.of());
        }
        List<Doubt> doubts = finder.find(text, parse, intents, recent, conversationId);
        ModePolicy.Decision decision = policy.decide(doubts, mode);
        LOG.debugf("clarify.doubts sender=%s count=%d ask=%s", conversationId, doubts.size(),
                decision.ask().isPresent());
        if (decision.ask().isPresent()) {
            Question question = Question.about(decision.ask().get(), mode, original);
            return new Clarification(Optional.of(question),
                    List.of(questions.questionEvent(question, now)));
        }
        if (decision.assume().isEmpty()) {
            return new Clarification(Optional.empty(), List.of());
        }
        return new Clarification(Optional.empty(), List.of(
                questions.statement(commands.assumption(decision.assume()), now)));
    }

    /**
     * Reads {@code reply} as the answer to {@code question}, stores what it teaches under
     * {@code who} (with {@code metadata}, which may mark a trusted teacher) and returns the
     * confirmations and a follow-up question, if any.
     */
    public Answered answer(Question question, String reply, Provenance who, JsonNode metadata,
            double now) {
        Answer answer = reader.read(reply, question);
        if (answer instanceof Answer.FreeText free && free.text().strip().startsWith("/")) {
            LOG.debugf("clarify.dropped sender=%s question=%s", who.conversationId(),
                    question.id());
            return new Answered(false, List.of(), Optional.empty());
        }
        LOG.debugf("clarify.answer sender=%s question=%s kind=%s answer=%s",
                who.conversationId(), question.id(), question.kind(),
                answer.getClass().getSimpleName());
        AnswerApplier.Outcome outcome = answers.apply(question, answer, who, metadata, now);
        List<Event> messages = new ArrayList<>();
        Optional<Question> followUp = Optional.empty();
        for (Event event : outcome.events()) {
            if (event.is("bot")) {
                messages.add(event);
            } else if (event.is(Question.EVENT)) {
                followUp = Optional.of(Question.fromJson(event.json()));
            }
        }
        return new Answered(true, messages, followUp);
    }

    /**
     * Returns one sentence per known sense of the term named {@code surface}, saying who taught
     * it; empty when conversation {@code conversationId} does not know the term.
     */
    public List<String> explain(String surface, String conversationId) {
        return commands.explanations(surface, conversationId);
    }

    /** Returns the term a "what is X?" or "what does X mean?" message asks about. */
    public static Optional<String> askedTerm(String text) {
        return Commands.askedTerm(text == null ? "" : text.strip());
    }
}
