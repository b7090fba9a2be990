package dev.apprentice.project;

import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.Rule;
import dev.apprentice.training.Story;
import dev.apprentice.training.StoryStep;
import dev.apprentice.training.StoryStep.SlotValue;
import dev.apprentice.training.StoryStep.StepEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code stories:} and {@code rules:} sections of training data and test files. */
final class StoryReader {

    private static final Set<String> STORY_KEYS = Set.of("story", "steps", "metadata");
    private static final Set<String> RULE_KEYS = Set.of("rule", "steps", "metadata", "condition",
            "conversation_start", "wait_for_user_input");

    private final LoadWarnings warnings;
    private final EntityAnnotations annotations;

    StoryReader(LoadWarnings warnings) {
        this.warnings = warnings;
        this.annotations = new EntityAnnotations(warnings);
    }

    List<Story> readStories(YamlNode section) {
        List<Story> stories = new ArrayList<>();
        for (YamlNode.Mapping item : items(section, "stories")) {
            String name = name(item, "story");
            checkKeys(item, STORY_KEYS, "story", name);
            stories.add(new Story(name, steps(item), item.file() + ":" + item.line()));
        }
        return stories;
    }

    List<Rule> readRules(YamlNode section) {
        List<Rule> rules = new ArrayList<>();
        for (YamlNode.Mapping item : items(section, "rules")) {
            String name = name(item, "rule");
            checkKeys(item, RULE_KEYS, "rule", name);
            boolean start = item.has("conversation_start")
                    && item.get("conversation_start").asBoolean("conversation_start");
            boolean wait = !item.has("wait_for_user_input")
                    || item.get("wait_for_user_input").asBoolean("wait_for_user_input");
            rules.add(new Rule(name, condition(item), steps(item), start, wait,
                    item.file() + ":" + item.line()));
        }
        return rules;
    }

    private static List<YamlNode.Mapping> items(YamlNode section, String key) {
        if (section.isNull()) {
            return List.of();
        }
        return section.asSequence(key).items().stream().map(item -> item.asMapping(key)).toList();
    }

    private static String name(YamlNode.Mapping item, String kind) {
        if (!item.has(kind)) {
            throw item.fail(kind, "a " + kind + " needs a name under '" + kind + "'");
        }
        return item.get(kind).asText(kind);
    }

    private void checkKeys(YamlNode.Mapping item, Set<String> known, String kind, String name) {
        for (String key : item.entries().keySet()) {
            if (!known.contains(key)) {
                warnings.addAt(item, key, "the " + kind + " '" + name + "' has the unknown key '"
                        + key + "', which is ignored");
            }
        }
    }

    private List<StoryStep> steps(YamlNode.Mapping item) {
        if (!item.has("steps") || item.get("steps").isNull()) {
            throw item.fail("steps", "missing 'steps' in the story or rule");
        }
        List<StoryStep> steps = new ArrayList<>();
        for (YamlNode step : item.get("steps").asSequence("steps").items()) {
            steps.add(step(step.asMapping("steps")));
        }
        return steps;
    }

    private List<StoryStep> condition(YamlNode.Mapping rule) {
        List<StoryStep> condition = new ArrayList<>();
        if (!rule.has("condition") || rule.get("condition").isNull()) {
            return condition;
        }
        for (YamlNode item : rule.get("condition").asSequence("condition").items()) {
            StoryStep step = step(item.asMapping("condition"));
            boolean allowed = step instanceof StoryStep.ActiveLoop
                    || step instanceof StoryStep.SlotWasSet;
            if (!allowed) {
                throw item.fail("condition", "a rule condition may only contain 'active_loop' and"
                        + " 'slot_was_set' steps");
            }
            condition.add(step);
        }
        return condition;
    }

    private StoryStep step(YamlNode.Mapping step) {
        if (step.has("intent") || step.has("user")) {
            return user(step);
        }
        if (step.has("action")) {
            return StoryStep.Action.named(step.get("action").asText("action"));
        }
        if (step.has("bot")) {
            return new StoryStep.Action(null, step.get("bot").asText("bot"));
        }
        if (step.has("checkpoint")) {
            List<SlotValue> slots = step.has("slot_was_set")
                    ? slotValues(step.get("slot_was_set")) : List.of();
            return new StoryStep.Checkpoint(step.get("checkpoint").asText("checkpoint"), slots);
        }
        if (step.has("slot_was_set")) {
            return new StoryStep.SlotWasSet(slotValues(step.get("slot_was_set")));
        }
        if (step.has("active_loop")) {
            return new StoryStep.ActiveLoop(step.get("active_loop").asOptionalText("active_loop"));
        }
        if (step.has("or")) {
            List<StoryStep> alternatives = new ArrayList<>();
            for (YamlNode alternative : step.get("or").asSequence("or").items()) {
                alternatives.add(step(alternative.asMapping("or")));
            }
            return new StoryStep.Or(alternatives);
        }
        throw step.fail("steps", "unexpected step with keys " + step.entries().keySet()
                + "; a step needs one of intent, user, action, bot, slot_was_set, active_loop,"
                + " checkpoint or or");
    }

    private StoryStep user(YamlNode.Mapping step) {
        String intent = null;
        if (step.has("intent")) {
            YamlNode node = step.get("intent");
            if (node.isNull() || node.asText("intent").isBlank()) {
                throw step.failAt("intent", "missing intent value in the user step");
            }
            intent = node.asText("intent").strip();
        }
        String text = null;
        List<StepEntity> entities = new ArrayList<>();
        if (step.has("user")) {
            YamlNode node = step.get("user");
            var parsed = annotations.parse(node.asText("user").strip(), node.file(), node.line(),
                    "user");
            text = parsed.text();
            for (ExampleEntity entity : parsed.entities()) {
                entities.add(new StepEntity(entity.entity(), entity.value(), entity.role(),
                        entity.group(), entity.start(), entity.end()));
            }
        }
        if (step.has("entities")) {
            entities.addAll(stepEntities(step.get("entities")));
        }
        return new StoryStep.User(intent, text, entities);
    }

    private static List<StepEntity> stepEntities(YamlNode node) {
        List<StepEntity> entities = new ArrayList<>();
        if (node.isNull()) {
            return entities;
        }
        for (YamlNode item : node.asSequence("entities").items()) {
            if (item instanceof YamlNode.Scalar) {
                entities.add(StepEntity.of(item.asText("entities"), null));
                continue;
            }
            YamlNode.Mapping entity = item.asMapping("entities");
            if (entity.has("entity")) {
                entities.add(new StepEntity(entity.get("entity").asText("entity"),
                        text(entity, "value"), text(entity, "role"), text(entity, "group"),
                        -1, -1));
                continue;
            }
            for (Map.Entry<String, YamlNode> pair : entity.entries().entrySet()) {
                entities.add(StepEntity.of(pair.getKey(), pair.getValue().asOptionalText(
                        pair.getKey())));
            }
        }
        return entities;
    }

    private static String text(YamlNode.Mapping mapping, String key) {
        return mapping.has(key) ? mapping.get(key).asOptionalText(key) : null;
    }

    private static List<SlotValue> slotValues(YamlNode node) {
        List<SlotValue> values = new ArrayList<>();
        if (node instanceof YamlNode.Mapping mapping) {
            addSlotValues(mapping, values);
            return values;
        }
        for (YamlNode item : node.asSequence("slot_was_set").items()) {
            if (item instanceof YamlNode.Mapping mapping) {
                addSlotValues(mapping, values);
            } else {
                values.add(new SlotValue(item.asText("slot_was_set"), null, true));
            }
        }
        return values;
    }

    private static void addSlotValues(YamlNode.Mapping mapping, List<SlotValue> values) {
        mapping.entries().forEach((slot, value) ->
                values.add(new SlotValue(slot, value.toJson(), false)));
    }
}
