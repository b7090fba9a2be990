package dev.apprentice.bot;

import dev.apprentice.action.ActionRegistry;
import dev.apprentice.action.SlotExtractor;
import dev.apprentice.domain.Domain;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.policy.PolicyEnsemble;
import dev.apprentice.project.RasaProject;

/** A loaded, trained bot: its project and the parts that run its turns. */
public record Bot(
        RasaProject project,
        MessageParser parser,
        PolicyEnsemble policies,
        ActionRegistry actions,
        ResponseRenderer renderer,
        SlotExtractor slotExtractor) {

    public Domain domain() {
        return project.domain();
    }
}
