package dev.apprentice.domain;

/**
 * A condition on a slot mapping: the mapping applies only while {@code activeLoop} is active and,
 * when {@code requestedSlot} is set, only while the form asks for that slot.
 */
public record MappingCondition(String activeLoop, String requestedSlot) {
}
