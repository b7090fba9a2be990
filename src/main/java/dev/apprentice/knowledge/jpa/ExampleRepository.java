package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over stored labelled examples. */
@ApplicationScoped
public class ExampleRepository implements PanacheRepository<ExampleRecord> {

    public Optional<ExampleRecord> findSame(String textKey, String intent) {
        return find("textKey = ?1 and intent = ?2", textKey, intent).firstResultOptional();
    }

    /** Returns the approved examples that the classifier has not learned yet, oldest first. */
    public List<ExampleRecord> listUnapplied() {
        return list("applied = false and review = ?1 order by id", ReviewState.APPROVED);
    }
}
