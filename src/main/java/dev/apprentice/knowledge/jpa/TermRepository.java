package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over stored terms. */
@ApplicationScoped
public class TermRepository implements PanacheRepository<TermRecord> {

    public Optional<TermRecord> findByKey(String nameKey) {
        return find("nameKey", nameKey).firstResultOptional();
    }

    /** Returns the terms that are not rejected, by name. */
    public List<TermRecord> listUsable() {
        return list("review <> ?1 order by nameKey", ReviewState.REJECTED);
    }

    public List<TermRecord> listAllByName() {
        return list("order by nameKey");
    }
}
