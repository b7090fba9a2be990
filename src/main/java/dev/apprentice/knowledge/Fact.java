package dev.apprentice.knowledge;

/** A taught statement: subject, relation, object, for example "Orbix", "runs on", "Kestrel". */
public record Fact(
        long id, String subject, String relation, String object, Provenance provenance,
        ReviewState review) {
}
