package dev.apprentice.project;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Collects the warnings of one load and logs each at WARN, so that none is silent. */
final class LoadWarnings {

    private static final Logger LOG = Logger.getLogger(ProjectLoader.class);

    private final List<LoadWarning> warnings = new ArrayList<>();

    void add(String file, int line, String key, String message) {
        LoadWarning warning = new LoadWarning(file, line, key, message);
        warnings.add(warning);
        LOG.warnf("project.load.warning %s", warning);
    }

    void add(YamlNode node, String key, String message) {
        add(node.file(), node.line(), key, message);
    }

    /** Adds a warning at the line of {@code key} in {@code mapping}. */
    void addAt(YamlNode.Mapping mapping, String key, String message) {
        add(mapping.file(), mapping.lineOf(key), key, message);
    }

    List<LoadWarning> list() {
        return List.copyOf(warnings);
    }
}
