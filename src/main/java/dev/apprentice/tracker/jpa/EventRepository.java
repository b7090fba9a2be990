package dev.apprentice.tracker.jpa;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over stored tracker events. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<EventRecord> {

    public List<EventRecord> findBySender(String senderId) {
        return list("senderId = ?1 order by seq", senderId);
    }

    public int nextSeq(String senderId) {
        Integer max = getEntityManager()
                .createQuery("select max(e.seq) from EventRecord e where e.senderId = ?1",
                        Integer.class)
                .setParameter(1, senderId)
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public long deleteBySender(String senderId) {
        return delete("senderId", senderId);
    }

    public boolean existsForSender(String senderId) {
        return count("senderId", senderId) > 0;
    }
}
