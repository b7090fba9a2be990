package dev.apprentice.knowledge.jpa;

import dev.apprentice.knowledge.ReviewState;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over stored aliases. */
@ApplicationScoped
public class AliasRepository implements PanacheRepository<AliasRecord> {

    public List<AliasRecord> findByKey(String aliasKey) {
        return list("aliasKey = ?1 and review <> ?2 order by id", aliasKey,
                ReviewState.REJECTED);
    }

    public Optional<AliasRecord> findOnTerm(TermRecord term, String aliasKey) {
        return find("term = ?1 and aliasKey = ?2", term, aliasKey).firstResultOptional();
    }

    public List<AliasRecord> listByTerm(TermRecord term) {
        return list("term = ?1 order by id", term);
    }

    /** Returns the aliases that are not rejected, with their terms fetched. */
    public List<AliasRecord> listUsable() {
        return list("from AliasRecord a join fetch a.term where a.review <> ?1 order by a.id",
                ReviewState.REJECTED);
    }

    public long deleteByTerm(TermRecord term) {
        return delete("term", term);
    }
}
