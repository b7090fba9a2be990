package dev.apprentice.policy;

import dev.apprentice.domain.Domain;
import dev.apprentice.training.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Predicts from the bot's rules. Among the patterns that match the latest states, the one that
 * covers the most states wins, then the one with the most features, then the rule written first.
 */
public final class RulePolicy {

    static final String NAME = "RulePolicy";

    private final List<RulePattern> patterns;

    public RulePolicy(Domain domain, List<Rule> rules) {
        this.patterns = new RulePatterns(domain).compile(rules);
    }

    public int size() {
        return patterns.size();
    }

    public Optional<Prediction> predict(List<DialogueState> states) {
        return patterns.stream()
                .filter(p -> p.matches(states))
                .max(Comparator.comparingInt((RulePattern p) -> p.states().size())
                        .thenComparingInt(RulePattern::specificity)
                        .thenComparing(p -> -patterns.indexOf(p)))
                .map(p -> Prediction.of(p.action(), 1.0, NAME));
    }
}
