package dev.apprentice.action.server.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.server.ClarifyOutcome;
import dev.apprentice.action.server.KnowledgePort;
import dev.apprentice.action.server.ServedReply;
import dev.apprentice.clarify.ClarificationSteps;
import dev.apprentice.clarify.Question;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.logging.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code action_learn_from_answer} and {@code action_explain_term} for a Rasa bot. An answer is
 * read against the question {@link PendingQuestions} keeps for the sender (a button payload, an
 * ordinal, an option's words, free text such as a definition, or "skip") and what it teaches is
 * stored in the knowledge memory with the sender id as provenance. The memory's trust rules
 * apply: teaching from a sender that is not trusted, in a message without the teacher token in
 * its metadata, stays pending review and is seen only in its own conversation, unless
 * auto-approve is on.
 */
@ApplicationScoped
public class ServedKnowledge implements KnowledgePort {

    private static final Logger LOG = Logger.getLogger(ServedKnowledge.class);
    static final String NO_QUESTION = "I have no question waiting for an answer, so I did not"
            + " store anything.";

    private final ServedEngine engine;
    private final PendingQuestions pending;

    public ServedKnowledge(ServedEngine engine, PendingQuestions pending) {
        this.engine = engine;
        this.pending = pending;
    }

    @Override
    public List<String> explain(String term, String conversationId) {
        return engine.parts().steps().explain(term, conversationId);
    }

    @Override
    public ClarifyOutcome learnFromAnswer(ActionServerRequest request) {
        RasaTracker rasa = RasaTracker.of(request);
        ClarificationSteps steps = engine.parts().steps();
        String sender = request.senderId();
        Optional<Question> question = waiting(request, sender);
        if (question.isEmpty()) {
            LOG.debugf("action.learn sender=%s no question waits", LogText.of(sender));
            return new ClarifyOutcome(List.of(ServedReply.text(NO_QUESTION)), Optional.empty());
        }
        Provenance provenance = new Provenance(sender, sender, rasa.earlierUserTurns(),
                steps.mode(rasa.conversation()).id(), Instant.now());
        // TODO: the REST channel understands the original message again once it is answered.
        // A Rasa bot only follows its rules, so the request that raised the question gets no
        // reply unless a rule gives one. Returning a user event could make Rasa re-run it.
        ClarificationSteps.Answered answered = steps.answer(question.get(), rasa.latestText(),
                provenance, rasa.metadata(), System.currentTimeMillis() / 1000.0);
        if (answered.followUp().isPresent()) {
            pending.put(sender, answered.followUp().get());
        } else {
            pending.remove(sender);
        }
        return new ClarifyOutcome(Replies.of(answered.messages()),
                answered.followUp().map(Question::id));
    }

    /**
     * Returns the question the sender waits on. When the Rasa tracker has the slot
     * {@value ClarifyOutcome#QUESTION_SLOT}, the stored question is used only if the slot contains
     * its id: a null slot (a new session that did not carry slots over) or another id means the
     * stored question belongs to an earlier exchange.
     */
    private Optional<Question> waiting(ActionServerRequest request, String sender) {
        Optional<Question> question = pending.get(sender);
        JsonNode slot = request.slot(ClarifyOutcome.QUESTION_SLOT);
        if (question.isEmpty() || slot.isMissingNode()) {
            return question;
        }
        if (slot.isTextual() && slot.textValue().equals(question.get().id())) {
            return question;
        }
        LOG.debugf("action.learn sender=%s slot is %s, stored question is %s",
                LogText.of(sender), LogText.of(slot.toString()), question.get().id());
        return Optional.empty();
    }
}
