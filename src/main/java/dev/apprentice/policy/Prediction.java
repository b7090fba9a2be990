package dev.apprentice.policy;

/**
 * The next action a policy chose, with its confidence and the policy's name as Rasa writes it on
 * the {@code action} event. {@code useText} is true when the prediction relied on the user's
 * text rather than the intent (an end-to-end story).
 */
public record Prediction(String action, double confidence, String policy, boolean useText) {

    public static Prediction of(String action, double confidence, String policy) {
        return new Prediction(action, confidence, policy, false);
    }
}
