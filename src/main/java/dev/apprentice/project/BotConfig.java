package dev.apprentice.project;

import java.util.List;

/**
 * The settings of config.yml that the engine honours. Thresholds mirror Rasa's
 * FallbackClassifier ({@code threshold}, {@code ambiguity_threshold}) and RulePolicy
 * ({@code core_fallback_threshold}, {@code core_fallback_action_name}).
 *
 * @param fallbackClassifier whether the pipeline has a FallbackClassifier, so that
 *     {@code nlu_fallback} is predicted below {@code nluThreshold}
 * @param maxHistory turns of history the story memoization matches on
 * @param pipeline the component names of the NLU pipeline, for information
 * @param policies the policy names, for information
 */
public record BotConfig(
        String assistantId,
        String language,
        boolean fallbackClassifier,
        double nluThreshold,
        double ambiguityThreshold,
        int maxHistory,
        double coreFallbackThreshold,
        String coreFallbackAction,
        boolean restrictRules,
        List<String> pipeline,
        List<String> policies) {

    public static final BotConfig DEFAULT = new BotConfig(
            "placeholder_default", "en", false, 0.3, 0.1, 5, 0.3,
            "action_default_fallback", true, List.of(), List.of());
}
