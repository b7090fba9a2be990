package dev.apprentice.review.jpa;

import dev.apprentice.review.QueueState;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over the review queue. */
@ApplicationScoped
public class QueueItemRepository implements PanacheRepository<QueueItemRecord> {

    /** Returns whether a pending item has the same normalised text. */
    public boolean hasPending(String textKey) {
        return count("textKey = ?1 and state = ?2", textKey, QueueState.PENDING) > 0;
    }

    /** Returns up to {@code limit} pending items, newest first. */
    public List<QueueItemRecord> pending(int limit) {
        return find("state = ?1 order by id desc", QueueState.PENDING).page(0, limit).list();
    }

    public List<QueueItemRecord> inState(QueueState state) {
        return list("state = ?1 order by id", state);
    }

    /** Returns up to {@code limit} items in {@code state}, newest first. */
    public List<QueueItemRecord> inState(QueueState state, int limit) {
        return find("state = ?1 order by id desc", state).page(0, limit).list();
    }
}
