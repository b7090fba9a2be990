package dev.apprentice.action.server.clarify;

import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.server.ClarificationPort;
import dev.apprentice.action.server.ClarifyOutcome;
import dev.apprentice.clarify.ClarificationSteps;
import dev.apprentice.clarify.IntentModel;
import dev.apprentice.clarify.IntentScores;
import dev.apprentice.clarify.Question;
import dev.apprentice.domain.Domain;
import dev.apprentice.logging.LogText;
import dev.apprentice.nlu.ParseResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code action_clarify} for a Rasa bot: rebuilds the conversation from the request, finds the
 * doubts about the latest user message and asks about one when the conversation's mode calls
 * for it. The question is stored in {@link PendingQuestions} until the answer comes.
 *
 * <p>Intent doubts need probabilities over the caller's intents. When every intent of the
 * caller's domain is one the loaded bot's NLU knows, that NLU scores the message (with its
 * committee). Otherwise, and when the request carries no domain, the message's
 * {@code intent_ranking} from the caller's NLU is used. The other detectors work on the text,
 * the entities of the caller's parse and the knowledge memory.
 *
 * <p>NOTE: the unknown-term detector reads the loaded bot's vocabulary, not the caller's, so a
 * word that only the caller's training data or responses contain counts as unknown until it
 * is taught. Rasa does not send the training data to action servers.
 */
@ApplicationScoped
public class ServedClarification implements ClarificationPort {

    private static final Logger LOG = Logger.getLogger(ServedClarification.class);

    private final ServedEngine engine;
    private final PendingQuestions pending;

    public ServedClarification(ServedEngine engine, PendingQuestions pending) {
        this.engine = engine;
        this.pending = pending;
    }

    @Override
    public ClarifyOutcome clarify(ActionServerRequest request) {
        RasaTracker rasa = RasaTracker.of(request);
        ServedEngine.Parts parts = engine.parts();
        ClarificationSteps steps = parts.steps();
        String sender = request.senderId();
        String text = rasa.latestText();
        ParseResult parse = ParseResult.fromJson(rasa.latestMessage());
        Question.Original original = new Question.Original(text, rasa.latestMessage(),
                rasa.metadata(), rasa.inputChannel());
        ClarificationSteps.Clarification result = steps.clarify(original, parse,
                scores(parts.intents(), rasa.intentNames(), parse, text),
                steps.mode(rasa.conversation()), steps.recentTurns(rasa.history()), sender,
                System.currentTimeMillis() / 1000.0);
        if (result.question().isPresent()) {
            pending.put(sender, result.question().get());
            LOG.debugf("action.clarify sender=%s asked=%s kind=%s", LogText.of(sender),
                    result.question().get().id(), result.question().get().kind());
        } else {
            // A message that needs no question moves the conversation on, so an earlier
            // question no longer waits for an answer.
            pending.remove(sender);
        }
        return new ClarifyOutcome(Replies.of(result.messages()),
                result.question().map(Question::id));
    }

    static IntentScores scores(IntentModel model, List<String> callerIntents,
            ParseResult parse, String text) {
        List<String> declared = callerIntents.stream()
                .filter(name -> !Domain.DEFAULT_INTENTS.contains(name)).toList();
        if (!declared.isEmpty() && model.labels().containsAll(declared)) {
            return IntentScores.of(model, text);
        }
        return IntentScores.fromRanking(parse.intentRanking());
    }
}
