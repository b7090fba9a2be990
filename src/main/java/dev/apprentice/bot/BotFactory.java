package dev.apprentice.bot;

import dev.apprentice.action.ActionRegistry;
import dev.apprentice.action.CustomActionExecutor;
import dev.apprentice.action.OpenQuestionAnswerer;
import dev.apprentice.action.SlotExtractor;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.nlg.VariationScores;
import dev.apprentice.nlu.MessageParser;
import dev.apprentice.policy.MemoizationPolicy;
import dev.apprentice.policy.PolicyEnsemble;
import dev.apprentice.policy.RulePolicy;
import dev.apprentice.project.RasaProject;
import java.util.random.RandomGenerator;

/** Assembles a {@link Bot} from a loaded project and a trained parser. */
public final class BotFactory {

    private BotFactory() {
    }

    public static Bot build(RasaProject project, MessageParser parser,
            CustomActionExecutor customActions, RandomGenerator random) {
        return build(project, parser, customActions, random, VariationScores.NONE,
                OpenQuestionAnswerer.NONE);
    }

    /**
     * Builds the bot with a renderer that prefers the variations {@code scores} rates best and
     * with {@code answerer} replying where the default fallback would.
     */
    public static Bot build(RasaProject project, MessageParser parser,
            CustomActionExecutor customActions, RandomGenerator random,
            VariationScores scores, OpenQuestionAnswerer answerer) {
        var domain = project.domain();
        RulePolicy rules = new RulePolicy(domain, project.rules());
        MemoizationPolicy memoization = new MemoizationPolicy(domain, project.stories(),
                project.config().maxHistory());
        PolicyEnsemble policies = new PolicyEnsemble(domain, project.config(), rules,
                memoization);
        return new Bot(project, parser, policies,
                new ActionRegistry(domain, customActions, answerer),
                new ResponseRenderer(domain, random, scores), new SlotExtractor(domain));
    }
}
