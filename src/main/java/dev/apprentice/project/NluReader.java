package dev.apprentice.project;

import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.LookupTable;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import dev.apprentice.training.RegexFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code nlu:} sections of training data files: intent examples, synonyms, regexes
 * and lookup tables. Sections of several files accumulate into one {@link NluData}.
 */
final class NluReader {

    private static final List<String> ITEM_KINDS = List.of("intent", "synonym", "regex", "lookup");

    private final LoadWarnings warnings;
    private final EntityAnnotations annotations;
    private final List<NluExample> examples = new ArrayList<>();
    private final Map<String, String> synonyms = new LinkedHashMap<>();
    private final List<RegexFeature> regexes = new ArrayList<>();
    private final List<LookupTable> lookups = new ArrayList<>();

    NluReader(LoadWarnings warnings) {
        this.warnings = warnings;
        this.annotations = new EntityAnnotations(warnings);
    }

    /** One line of an examples block, with its 1-based line in the file. */
    private record Line(String text, int line) {
    }

    void add(YamlNode section) {
        if (section.isNull()) {
            return;
        }
        for (YamlNode item : section.asSequence("nlu").items()) {
            YamlNode.Mapping mapping = item.asMapping("nlu");
            String kind = ITEM_KINDS.stream().filter(mapping::has).findFirst()
                    .orElseThrow(() -> item.fail("nlu", "an nlu item needs one of " + ITEM_KINDS
                            + " but has " + mapping.entries().keySet()));
            String name = mapping.get(kind).asText(kind);
            switch (kind) {
                case "intent" -> readIntent(mapping, name);
                case "synonym" -> lines(mapping, kind).forEach(line ->
                        addSynonym(line.text(), name, mapping.file(), line.line()));
                case "regex" -> readRegex(mapping, name);
                default -> readLookup(mapping, name);
            }
        }
    }

    NluData build() {
        return new NluData(examples, synonyms, regexes, lookups);
    }

    private void readIntent(YamlNode.Mapping item, String intent) {
        YamlNode node = item.get("examples");
        if (node instanceof YamlNode.Sequence extended) {
            for (YamlNode entry : extended.items()) {
                YamlNode.Mapping example = entry.asMapping("examples");
                if (!example.has("text")) {
                    throw entry.fail("examples", "an example of intent '" + intent
                            + "' has no 'text'");
                }
                YamlNode.Scalar text = example.get("text").asScalar("text");
                int line = text.line() + (text.block() ? 1 : 0);
                addExample(intent, text.asText("text").strip(), text.file(), line);
            }
            return;
        }
        for (Line line : lines(item, "intent")) {
            addExample(intent, line.text(), item.file(), line.line());
        }
    }

    private void addExample(String intent, String example, String file, int line) {
        EntityAnnotations.Parsed parsed = annotations.parse(example, file, line, "examples");
        for (ExampleEntity entity : parsed.entities()) {
            if (!entity.value().equals(entity.text())) {
                addSynonym(entity.text(), entity.value(), file, line);
            }
        }
        examples.add(new NluExample(intent, parsed.text(), parsed.entities(), file + ":" + line));
    }

    private void addSynonym(String text, String value, String file, int line) {
        String key = text.toLowerCase(Locale.ROOT);
        String previous = synonyms.put(key, value);
        if (previous != null && !previous.equals(value)) {
            warnings.add(file, line, "synonym", "'" + text + "' is a synonym of both '"
                    + previous + "' and '" + value + "'; '" + value + "' is used");
        }
    }

    private void readRegex(YamlNode.Mapping item, String name) {
        List<String> patterns = new ArrayList<>();
        for (Line line : lines(item, "regex")) {
            try {
                Pattern.compile(line.text());
            } catch (PatternSyntaxException e) {
                warnings.add(item.file(), line.line(), "regex", "the pattern of regex '" + name
                        + "' is not a valid Java regular expression and never matches: "
                        + e.getDescription());
            }
            patterns.add(line.text());
        }
        regexes.add(new RegexFeature(name, patterns));
    }

    private void readLookup(YamlNode.Mapping item, String name) {
        YamlNode node = item.get("examples");
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()
                && scalar.text().lines().noneMatch(line -> line.strip().startsWith("-"))) {
            warnings.add(node, "examples", "the lookup table '" + name + "' refers to the file '"
                    + scalar.text().strip() + "'; lookup table files are not supported, so the"
                    + " table is empty");
            lookups.add(new LookupTable(name, List.of()));
            return;
        }
        List<String> elements = lines(item, "lookup").stream().map(Line::text).toList();
        lookups.add(new LookupTable(name, elements));
    }

    /** Returns the {@code - } lines of the {@code examples} block of {@code item}. */
    private List<Line> lines(YamlNode.Mapping item, String kind) {
        YamlNode node = item.get("examples");
        if (node == null || node.isNull()) {
            throw item.fail("examples", "the " + kind + " item has no 'examples'");
        }
        YamlNode.Scalar block = node.asScalar("examples");
        int first = block.line() + (block.block() ? 1 : 0);
        List<Line> lines = new ArrayList<>();
        List<String> raw = block.text().lines().toList();
        for (int index = 0; index < raw.size(); index++) {
            String text = raw.get(index).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!text.startsWith("-")) {
                warnings.add(item.file(), first + index, "examples", "the example '" + text
                        + "' does not start with '- ' and is skipped");
                continue;
            }
            lines.add(new Line(text.substring(1).strip(), first + index));
        }
        return lines;
    }
}
