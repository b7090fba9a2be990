package dev.apprentice.policy;

import dev.apprentice.domain.Domain;
import dev.apprentice.project.BotConfig;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Chooses the next action in Rasa's order: a forced follow-up; the default rules for the
 * {@code restart}, {@code back} and {@code session_start} intents; the active loop's happy path;
 * the bot's rules; the story memoization; and last the fallback: after a user message the core
 * fallback action, otherwise {@code action_listen}.
 */
public final class PolicyEnsemble {

    private static final Logger LOG = Logger.getLogger(PolicyEnsemble.class);

    private final Domain domain;
    private final BotConfig config;
    private final RulePolicy rules;
    private final MemoizationPolicy memoization;
    private final StateSequence sequence;

    public PolicyEnsemble(Domain domain, BotConfig config, RulePolicy rules,
            MemoizationPolicy memoization) {
        this.domain = domain;
        this.config = config;
        this.rules = rules;
        this.memoization = memoization;
        this.sequence = new StateSequence(domain);
    }

    public Prediction predict(DialogueStateTracker tracker) {
        List<DialogueState> states = sequence.states(tracker.appliedEvents());
        Prediction prediction = forced(tracker)
                .or(() -> rules.predict(states))
                .or(() -> memoization.predict(states).filter(p -> isKnown(p.action())))
                .orElseGet(() -> fallback(tracker));
        LOG.debugf("turn.predict sender=%s action=%s policy=%s conf=%.2f",
                tracker.senderId(), prediction.action(), prediction.policy(),
                prediction.confidence());
        return prediction;
    }

    private Optional<Prediction> forced(DialogueStateTracker tracker) {
        if (tracker.followupAction() != null) {
            return Optional.of(Prediction.of(tracker.followupAction(), 1.0, RulePolicy.NAME));
        }
        String latest = tracker.latestActionName();
        boolean afterUser = "action_listen".equals(latest);
        if (afterUser) {
            Optional<String> action = defaultIntentAction(tracker.latestIntent());
            if (action.isPresent()) {
                return action.map(a -> Prediction.of(a, 1.0, RulePolicy.NAME));
            }
        }
        String loop = tracker.activeLoopName();
        if (loop != null && !tracker.activeLoopRejected()) {
            String next = loop.equals(latest) ? "action_listen" : loop;
            return Optional.of(Prediction.of(next, 1.0, RulePolicy.NAME));
        }
        return Optional.empty();
    }

    private Optional<String> defaultIntentAction(String intent) {
        if (intent == null) {
            return Optional.empty();
        }
        return switch (intent) {
            case "restart" -> Optional.of("action_restart");
            case "back" -> Optional.of("action_back");
            case "session_start" -> Optional.of("action_session_start");
            default -> Optional.empty();
        };
    }

    private boolean isKnown(String action) {
        return action.startsWith("text:") || domain.actionNames().contains(action);
    }

    private Prediction fallback(DialogueStateTracker tracker) {
        if ("action_listen".equals(tracker.latestActionName())) {
            return Prediction.of(config.coreFallbackAction(), config.coreFallbackThreshold(),
                    RulePolicy.NAME);
        }
        return Prediction.of("action_listen", 1.0, MemoizationPolicy.NAME);
    }
}
