package dev.apprentice.project;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into {@link YamlNode}s that keep file and line.
 *
 * <p>Rejects what Rasa rejects while reading: YAML syntax errors (with line, column and reason),
 * duplicate keys in one mapping, and {@code ${NAME}} references to unset environment variables.
 * Every {@code ${NAME}} in a scalar is replaced by the variable's value.
 */
final class YamlReader {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private final UnaryOperator<String> environment;

    /** @param environment returns the value of an environment variable, or null when unset */
    YamlReader(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** Returns the document of {@code path}, or null when the file contains no document. */
    YamlNode read(Path path) {
        String file = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            var parser = new ParserImpl(new StreamReader(reader), options);
            Composer composer = new Composer(parser, new PlainResolver(), options);
            Node root = composer.getSingleNode();
            return root == null ? null : convert(file, root, null);
        } catch (MarkedYAMLException e) {
            throw syntaxError(file, e);
        } catch (YAMLException e) {
            throw new ProjectLoadException(file, 1, null, "invalid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectLoadException(file, 1, null, "failed to read the file: " + e, e);
        }
    }

    private static ProjectLoadException syntaxError(String file, MarkedYAMLException e) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String reason = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String context = "";
        if (e.getContext() != null) {
            var start = e.getContextMark();
            context = start == null || start.getLine() + 1 == line
                    ? " (" + e.getContext() + ")"
                    : " (" + e.getContext() + " that starts on line " + (start.getLine() + 1)
                            + ", column " + (start.getColumn() + 1) + ")";
        }
        return new ProjectLoadException(file, line, null,
                "invalid YAML at column " + column + ": " + reason + context, e);
    }

    private YamlNode convert(String file, Node node, String key) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof ScalarNode scalar) {
            ScalarStyle style = scalar.getScalarStyle();
            boolean block = style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
            String text = expand(file, line, key, scalar.getValue());
            return new YamlNode.Scalar(file, line, text, style == ScalarStyle.PLAIN, block);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(file, item, key));
            }
            return new YamlNode.Sequence(file, line, items);
        }
        return convertMapping(file, (MappingNode) node, line);
    }

    private YamlNode convertMapping(String file, MappingNode node, int line) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1;
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new ProjectLoadException(file, keyLine, null,
                        "a mapping key must be a single value, not a list or mapping");
            }
            String key = keyNode.getValue();
            if (entries.containsKey(key)) {
                throw new ProjectLoadException(file, keyLine, key, "duplicate key '" + key
                        + "' in one mapping (first defined on line " + keyLines.get(key) + ")");
            }
            entries.put(key, convert(file, tuple.getValueNode(), key));
            keyLines.put(key, keyLine);
        }
        return new YamlNode.Mapping(file, line, entries, keyLines);
    }

    private String expand(String file, int line, String key, String text) {
        if (!text.contains("${")) {
            return text;
        }
        Matcher matcher = ENV_REFERENCE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = environment.apply(name);
            if (value == null) {
                throw new ProjectLoadException(file, line, key,
                        "the environment variable '" + name + "' is not set; set it or remove ${"
                                + name + "}");
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }

    /** Tags no plain scalar implicitly, so that {@link YamlNode.Scalar} types them by YAML 1.2. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // Intentionally empty: SnakeYAML's implicit resolvers follow YAML 1.1.
        }
    }
}
