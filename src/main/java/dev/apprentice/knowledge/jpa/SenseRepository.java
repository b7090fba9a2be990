package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over stored senses. */
@ApplicationScoped
public class SenseRepository implements PanacheRepository<SenseRecord> {

    public Optional<SenseRecord> findOnTerm(TermRecord term, String glossKey) {
        return find("term = ?1 and glossKey = ?2", term, glossKey).firstResultOptional();
    }

    public List<SenseRecord> listByTerm(TermRecord term) {
        return list("term = ?1 order by id", term);
    }

    /** Returns the senses that are not rejected, with their terms fetched. */
    public List<SenseRecord> listUsable() {
        return list("from SenseRecord s join fetch s.term where s.review <> ?1 order by s.id",
                ReviewState.REJECTED);
    }

    public List<SenseRecord> listWithTerms() {
        return list("from SenseRecord s join fetch s.term order by s.id");
    }

    public long deleteByTerm(TermRecord term) {
        return delete("term", term);
    }
}
