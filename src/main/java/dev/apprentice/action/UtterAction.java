package dev.apprentice.action;

import dev.apprentice.tracker.DialogueStateTracker;
import java.util.List;
import org.jboss.logging.Logger;

/** Sends one of the domain's responses. */
final class UtterAction implements Action {

    private static final Logger LOG = Logger.getLogger(UtterAction.class);

    private final String name;

    UtterAction(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ActionResult run(DialogueStateTracker tracker, ActionContext context) {
        return context.utter(name, tracker)
                .map(event -> ActionResult.of(List.of(event)))
                .orElseGet(() -> {
                    LOG.warnf("response %s has no variation for channel %s and the current slots;"
                            + " nothing was sent", name, context.outputChannel());
                    return ActionResult.none();
                });
    }
}
