package dev.apprentice.action;

import dev.apprentice.logging.LogText;
import dev.apprentice.tracker.DialogueStateTracker;
import org.jboss.logging.Logger;

/**
 * The executor for a bot whose endpoints.yml names no action server. Rasa then logs an error and
 * logs the action with no events; this does the same, with a WARN because the turn goes on.
 */
public final class NoActionServer implements CustomActionExecutor {

    private static final Logger LOG = Logger.getLogger(NoActionServer.class);

    @Override
    public ActionResult run(String actionName, DialogueStateTracker tracker,
            ActionContext context) {
        LOG.warnf("custom action %s for sender %s was not run: no action_endpoint is configured"
                + " in endpoints.yml", actionName, LogText.of(tracker.senderId()));
        return ActionResult.none();
    }

    @Override
    public boolean available() {
        return false;
    }
}
