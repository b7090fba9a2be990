package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries over stored facts. */
@ApplicationScoped
public class FactRepository implements PanacheRepository<FactRecord> {

    public Optional<FactRecord> findSame(String subjectKey, String relationKey,
            String objectKey) {
        return find("subjectKey = ?1 and relationKey = ?2 and objectKey = ?3", subjectKey,
                relationKey, objectKey).firstResultOptional();
    }

    /** Returns the facts about any of the subjects that are not rejected. */
    public List<FactRecord> listUsableAbout(Collection<String> subjectKeys) {
        return list("subjectKey in ?1 and review <> ?2 order by id", subjectKeys,
                ReviewState.REJECTED);
    }
}
