package dev.apprentice.reward.jpa;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored ratings. */
@ApplicationScoped
public class RewardRepository implements PanacheRepository<RewardRecord> {
}
