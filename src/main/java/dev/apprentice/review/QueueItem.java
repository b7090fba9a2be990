package dev.apprentice.review;

import dev.apprentice.nlu.ParseResult.IntentScore;
import java.time.Instant;
import java.util.List;

/**
 * A queued user message as the API shows it. {@code predictedIntent}, {@code confidence},
 * {@code topIntents} and {@code modelVersion} are what the model predicted when the message was
 * queued; {@code label}, {@code labelledBy}, {@code labelledAt} and {@code exampleId} are set
 * once it is labelled.
 */
public record QueueItem(
        long id, String text, String sender, Instant receivedAt, String source,
        String predictedIntent, double confidence, List<IntentScore> topIntents,
        String modelVersion, QueueState state, String label, String labelledBy,
        Instant labelledAt, Long exampleId) {

    public QueueItem {
        topIntents = topIntents == null ? List.of() : List.copyOf(topIntents);
    }
}
