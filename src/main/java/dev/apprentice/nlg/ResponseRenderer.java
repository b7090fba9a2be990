package dev.apprentice.nlg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.domain.SlotCondition;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Renders a domain response into a {@code bot} event. A variation is chosen as Rasa's NLG does:
 * the first non-empty group among conditional variations for the output channel, default ones
 * for the channel, conditional ones for any channel and default ones for any channel, then one
 * at random within the group. Its strings are filled from the slots and any extra values.
 *
 * <p>With {@link VariationScores}, the random choice is made only among the variations of the
 * group with the highest score, so a variation users rated down is no longer sent while a
 * better-rated one fits. When a response has several variations, the bot event's metadata
 * names the chosen one as {@value #VARIATION_KEY}, its index in the domain's list, so a rating
 * can be traced to it. A single variation adds nothing, so the event stays as Rasa writes it.
 */
public final class ResponseRenderer {

    private static final Set<String> DATA_KEYS = Set.of(
            "elements", "quick_replies", "buttons", "attachment", "image", "custom");
    private static final Set<String> FILLED_KEYS = Set.of(
            "text", "image", "custom", "buttons", "attachment", "quick_replies");

    /** The metadata key of the chosen variation's index. */
    public static final String VARIATION_KEY = "apprentice_variation";

    private final Domain domain;
    private final RandomGenerator random;
    private final VariationScores scores;

    public ResponseRenderer(Domain domain, RandomGenerator random) {
        this(domain, random, VariationScores.NONE);
    }

    public ResponseRenderer(Domain domain, RandomGenerator random, VariationScores scores) {
        this.domain = domain;
        this.random = random;
        this.scores = scores;
    }

    /**
     * Renders {@code name}, or returns empty when the domain has no variation that fits.
     *
     * @param slots the conversation's slot values
     * @param extra further template values, which take precedence over slots
     */
    public Optional<Event> render(String name, Map<String, JsonNode> slots, String channel,
            Map<String, JsonNode> extra, double ts) {
        List<ResponseVariation> variations = domain.responses().get(name);
        if (variations == null || variations.isEmpty()) {
            return Optional.empty();
        }
        List<ResponseVariation> candidates = candidates(variations, slots, channel);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<ResponseVariation> best = bestScored(name, variations, candidates);
        ResponseVariation chosen = best.get(random.nextInt(best.size()));
        Map<String, JsonNode> values = new HashMap<>(slots);
        values.putAll(extra);
        int index = variations.size() > 1 ? indexOf(variations, chosen) : -1;
        return Optional.of(toEvent(name, chosen.content(), values, ts, index));
    }

    private List<ResponseVariation> bestScored(String name, List<ResponseVariation> all,
            List<ResponseVariation> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        double[] score = candidates.stream()
                .mapToDouble(v -> scores.score(name, indexOf(all, v))).toArray();
        double max = Arrays.stream(score).max().orElse(0);
        List<ResponseVariation> best = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (score[i] == max) {
                best.add(candidates.get(i));
            }
        }
        return best;
    }

    /** Returns the position of {@code variation} by identity, since two may be equal. */
    private static int indexOf(List<ResponseVariation> variations, ResponseVariation variation) {
        for (int i = 0; i < variations.size(); i++) {
            if (variations.get(i) == variation) {
                return i;
            }
        }
        return -1;
    }

    private List<ResponseVariation> candidates(
            List<ResponseVariation> variations, Map<String, JsonNode> slots, String channel) {
        List<List<ResponseVariation>> groups = List.of(
                select(variations, slots, channel, true),
                select(variations, slots, channel, false),
                select(variations, slots, null, true),
                select(variations, slots, null, false));
        return groups.stream().filter(g -> !g.isEmpty()).findFirst().orElse(List.of());
    }

    private List<ResponseVariation> select(List<ResponseVariation> variations,
            Map<String, JsonNode> slots, String channel, boolean conditional) {
        return variations.stream()
                .filter(v -> v.isConditional() == conditional)
                .filter(v -> channel == null ? v.channel() == null : channel.equals(v.channel()))
                .filter(v -> !conditional || conditionsHold(v.conditions(), slots))
                .toList();
    }

    private static boolean conditionsHold(List<SlotCondition> conditions,
            Map<String, JsonNode> slots) {
        for (SlotCondition condition : conditions) {
            JsonNode actual = slots.get(condition.slot());
            if (!sameValue(actual, condition.value())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameValue(JsonNode actual, JsonNode expected) {
        boolean actualNull = actual == null || actual.isNull();
        boolean expectedNull = expected == null || expected.isNull();
        if (actualNull || expectedNull) {
            return actualNull && expectedNull;
        }
        if (actual.isTextual() && expected.isTextual()) {
            return actual.asText().toLowerCase(Locale.ROOT)
                    .equals(expected.asText().toLowerCase(Locale.ROOT));
        }
        if (actual.isNumber() && expected.isNumber()) {
            return actual.asDouble() == expected.asDouble();
        }
        return actual.equals(expected);
    }

    /** Builds the bot event from a variation: data keys to data, the rest to metadata. */
    public static Event toEvent(String name, ObjectNode content, Map<String, JsonNode> values,
            double ts) {
        return toEvent(name, content, values, ts, -1);
    }

    /** Builds the bot event as above, naming variation {@code index} unless it is negative. */
    private static Event toEvent(String name, ObjectNode content, Map<String, JsonNode> values,
            double ts, int index) {
        ObjectNode data = Json.object();
        for (String key : List.of("elements", "quick_replies", "buttons", "attachment",
                "image", "custom")) {
            data.putNull(key);
        }
        ObjectNode metadata = Json.object();
        String text = null;
        Iterator<Map.Entry<String, JsonNode>> fields = content.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = FILLED_KEYS.contains(key)
                    ? Interpolator.fill(field.getValue(), values) : field.getValue();
            if (key.equals("text")) {
                text = value == null || value.isNull() ? null : value.asText();
            } else if (DATA_KEYS.contains(key)) {
                data.set(key, value);
            } else {
                metadata.set(key, value);
            }
        }
        if (data.get("attachment").isNull() && !data.get("image").isNull()) {
            data.set("attachment", data.get("image"));
        }
        if (name != null) {
            metadata.put("utter_action", name);
        }
        if (index >= 0) {
            metadata.put(VARIATION_KEY, index);
        }
        return Events.bot(text, data, metadata, ts);
    }
}
