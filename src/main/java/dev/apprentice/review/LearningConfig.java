package dev.apprentice.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings under {@code apprentice.learning.*}: which user messages enter the review queue, how
 * the queue is ranked, and whether teacher-mode conversations are asked about queued messages.
 */
@ConfigMapping(prefix = "apprentice.learning")
public interface LearningConfig {

    /**
     * The query strategy that ranks the queue ({@code APPRENTICE_LEARNING_STRATEGY}): one of
     * random, least_confidence, margin, entropy, vote_entropy, mean_kl and
     * expected_gradient_length. Margin is the default because it needed the fewest labels on
     * both learning-curve data sets (CLINC150 and HWU64, see the README's figures).
     */
    @WithDefault("margin")
    String strategy();

    /**
     * The weight of batch diversity, zero or more: each item's scaled score
     * loses this much times its largest cosine similarity to an item ranked before it. Zero
     * ranks by score alone.
     */
    @WithDefault("0.5")
    double diversity();

    /** The seed of the random strategy, so that a ranking can be repeated. */
    @WithDefault("13")
    long seed();

    /**
     * The classifier probability of the top intent below which a user message is queued for
     * review. Zero queues nothing.
     */
    @WithDefault("0.6")
    double enqueueBelow();

    /**
     * The maximum number of pending items one ranking of the REST listing or the Label Studio
     * export scores, newest first; older ones wait for later. A question inside a conversation
     * ranks at most {@link LearningInterceptor#QUESTION_POOL} of them.
     */
    @WithDefault("200")
    int rankPoolSize();

    /**
     * Whether the bot asks a conversation in teacher mode about the top queued message: after
     * {@code /mode teacher}, on {@code /review}, and after each answer to such a question.
     */
    @WithDefault("true")
    boolean teacherQuestions();
}
