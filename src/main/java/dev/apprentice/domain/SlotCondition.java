package dev.apprentice.domain;

import com.fasterxml.jackson.databind.JsonNode;

/** A {@code type: slot} condition of a conditional response variation. */
public record SlotCondition(String slot, JsonNode value) {
}
