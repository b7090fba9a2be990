package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.nlg.Interpolator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of clarifying questions and confirmations, one text file per template under the
 * prompts folder: {@code <mode>/<kind>.txt} for questions ({@code teacher/unknown_term.txt}) and
 * {@code common/<name>.txt} for the rest. Templates use {@code {name}} placeholders filled as
 * response templates are; {@code {{} and {@code }}} are literal braces. A missing template is an
 * error that names the file, because a silent default would hide a broken deployment.
 */
public final class PromptTemplates {

    private final Path folder;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public PromptTemplates(Path folder) {
        this.folder = folder;
    }

    public String question(Mode mode, DoubtKind kind, Map<String, String> values) {
        return render(mode.id() + "/" + kind.name().toLowerCase(Locale.ROOT), values);
    }

    public String common(String name, Map<String, String> values) {
        return render("common/" + name, values);
    }

    /** Renders template {@code name} (a path below the folder, without {@code .txt}). */
    public String render(String name, Map<String, String> values) {
        String template = cache.computeIfAbsent(name, this::read);
        Map<String, JsonNode> nodes = new HashMap<>();
        values.forEach((k, v) -> nodes.put(k, TextNode.valueOf(v == null ? "" : v)));
        return Interpolator.fill(template, nodes).strip();
    }

    private String read(String name) {
        Path file = folder.resolve(name + ".txt");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("prompt template " + file.toAbsolutePath()
                    + " could not be read; set apprentice.clarify.prompts to the prompts folder",
                    e);
        }
    }
}
