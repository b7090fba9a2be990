package dev.apprentice.processor;

import dev.apprentice.policy.Prediction;
import dev.apprentice.tracker.DialogueStateTracker;

/** The prediction for a conversation's next action, and the tracker it was made on. */
public record PredictionResult(Prediction prediction, DialogueStateTracker tracker) {
}
