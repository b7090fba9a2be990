package dev.apprentice.project;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reads config.yml into a {@link BotConfig}. Only the settings the engine honours are kept; the
 * names of the other components and policies are logged at DEBUG.
 */
final class ConfigReader {

    private static final Logger LOG = Logger.getLogger(ConfigReader.class);

    private final LoadWarnings warnings;

    ConfigReader(LoadWarnings warnings) {
        this.warnings = warnings;
    }

    /** Mutable values while reading, starting from Rasa's defaults. */
    private static final class Values {
        String assistantId = BotConfig.DEFAULT.assistantId();
        String language = BotConfig.DEFAULT.language();
        boolean fallbackClassifier;
        double nluThreshold = BotConfig.DEFAULT.nluThreshold();
        double ambiguityThreshold = BotConfig.DEFAULT.ambiguityThreshold();
        Integer memoizationHistory;
        Integer tedHistory;
        double coreFallbackThreshold = BotConfig.DEFAULT.coreFallbackThreshold();
        String coreFallbackAction = BotConfig.DEFAULT.coreFallbackAction();
        boolean restrictRules = BotConfig.DEFAULT.restrictRules();
        final List<String> pipeline = new ArrayList<>();
        final List<String> policies = new ArrayList<>();
    }

    BotConfig read(YamlNode root) {
        if (root == null) {
            return BotConfig.DEFAULT;
        }
        if (!(root instanceof YamlNode.Mapping config)) {
            throw root.fail("config", "config.yml must be a mapping with keys such as"
                    + " 'language', 'pipeline' and 'policies', but found " + root.describe());
        }
        Values values = new Values();
        readTopLevel(config, values);
        for (YamlNode.Mapping component : components(config, "pipeline")) {
            readComponent(component, values);
        }
        for (YamlNode.Mapping policy : components(config, "policies")) {
            readPolicy(policy, values);
        }
        LOG.debugf("project.config pipeline=%s policies=%s (only FallbackClassifier,"
                + " memoization, TEDPolicy and RulePolicy settings are used)",
                values.pipeline, values.policies);
        int maxHistory = values.memoizationHistory != null ? values.memoizationHistory
                : values.tedHistory != null ? values.tedHistory : BotConfig.DEFAULT.maxHistory();
        return new BotConfig(values.assistantId, values.language, values.fallbackClassifier,
                values.nluThreshold, values.ambiguityThreshold, maxHistory,
                values.coreFallbackThreshold, values.coreFallbackAction, values.restrictRules,
                values.pipeline, values.policies);
    }

    private void readTopLevel(YamlNode.Mapping config, Values values) {
        if (config.has("assistant_id")) {
            values.assistantId = config.get("assistant_id").asText("assistant_id");
        } else {
            warnings.add(config, "assistant_id", "config.yml has no 'assistant_id'; the"
                    + " placeholder '" + values.assistantId + "' is used");
        }
        if (config.has("language") && !config.get("language").isNull()) {
            values.language = config.get("language").asText("language");
        }
    }

    private static List<YamlNode.Mapping> components(YamlNode.Mapping config, String key) {
        YamlNode node = config.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<YamlNode.Mapping> components = new ArrayList<>();
        for (YamlNode item : node.asSequence(key).items()) {
            YamlNode.Mapping component = item.asMapping(key);
            if (!component.has("name")) {
                throw item.fail(key, "each entry of '" + key + "' needs a 'name'");
            }
            components.add(component);
        }
        return components;
    }

    private static void readComponent(YamlNode.Mapping component, Values values) {
        String name = component.get("name").asText("name");
        values.pipeline.add(name);
        if (!name.equals("FallbackClassifier")) {
            return;
        }
        values.fallbackClassifier = true;
        if (component.has("threshold")) {
            values.nluThreshold = component.get("threshold").asNumber("threshold");
        }
        if (component.has("ambiguity_threshold")) {
            values.ambiguityThreshold =
                    component.get("ambiguity_threshold").asNumber("ambiguity_threshold");
        }
    }

    private static void readPolicy(YamlNode.Mapping policy, Values values) {
        String name = policy.get("name").asText("name");
        values.policies.add(name);
        switch (name) {
            case "MemoizationPolicy", "AugmentedMemoizationPolicy" ->
                    values.memoizationHistory = maxHistory(policy);
            case "TEDPolicy" -> values.tedHistory = maxHistory(policy);
            case "RulePolicy" -> readRulePolicy(policy, values);
            default -> {
                // Other policies are listed in BotConfig.policies only.
            }
        }
    }

    private static Integer maxHistory(YamlNode.Mapping policy) {
        YamlNode node = policy.get("max_history");
        if (node == null || node.isNull()) {
            return null;
        }
        double history = node.asNumber("max_history");
        if (history < 1 || history != Math.rint(history)) {
            throw node.fail("max_history", "max_history must be a whole number of at least 1");
        }
        return (int) history;
    }

    private static void readRulePolicy(YamlNode.Mapping policy, Values values) {
        if (policy.has("core_fallback_threshold")) {
            values.coreFallbackThreshold =
                    policy.get("core_fallback_threshold").asNumber("core_fallback_threshold");
        }
        if (policy.has("core_fallback_action_name")) {
            values.coreFallbackAction =
                    policy.get("core_fallback_action_name").asText("core_fallback_action_name");
        }
        if (policy.has("restrict_rules")) {
            values.restrictRules = policy.get("restrict_rules").asBoolean("restrict_rules");
        }
    }
}
