package dev.apprentice.review;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The review queue's parts that training and the REST API share: the active model, the stored
 * queue, the labeller, the settings and the ranker built from them.
 */
@ApplicationScoped
public class Learning {

    private final ActiveModel model;
    private final ReviewQueue queue;
    private final Labeller labeller;
    private final LearningConfig config;
    private final QueueRanker ranker;

    /** @throws IllegalArgumentException for an unknown strategy or a negative diversity */
    public Learning(ActiveModel model, ReviewQueue queue, Labeller labeller,
            LearningConfig config) {
        this.model = model;
        this.queue = queue;
        this.labeller = labeller;
        this.config = config;
        this.ranker = new QueueRanker(config.strategy(), config.seed(), config.diversity());
    }

    public ActiveModel model() {
        return model;
    }

    public ReviewQueue queue() {
        return queue;
    }

    public Labeller labeller() {
        return labeller;
    }

    public LearningConfig config() {
        return config;
    }

    public QueueRanker ranker() {
        return ranker;
    }
}
