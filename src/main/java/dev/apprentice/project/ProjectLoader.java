package dev.apprentice.project;

import dev.apprentice.domain.Domain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads a Rasa 3.x project directory into a {@link RasaProject}.
 *
 * <p>Layout: the domain is {@code domain.yml} (or {@code .yaml}), or every YAML file under a
 * {@code domain/} directory, or else every YAML file at the root that holds a domain key.
 * Training data is every YAML file under {@code data/} at any depth, test stories are the
 * {@code stories:} of YAML files under {@code tests/}, and {@code config.yml},
 * {@code endpoints.yml} and {@code credentials.yml} are optional.
 *
 * <p>Any error raises a {@link ProjectLoadException} that names the file, the 1-based line and
 * the key. Anything accepted but not supported becomes a {@link LoadWarning} in
 * {@link RasaProject#warnings()} and a WARN log line.
 */
public final class ProjectLoader {

    private static final Logger LOG = Logger.getLogger(ProjectLoader.class);

    private final UnaryOperator<String> environment;

    /** Creates a loader that expands {@code ${NAME}} from the process environment. */
    public ProjectLoader() {
        this(System::getenv);
    }

    /** @param environment returns the value of an environment variable, or null when unset */
    public ProjectLoader(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * Loads a domain from one YAML file or from every YAML file under a directory (any depth).
     * In a directory, a file that is not valid YAML or holds no domain key is skipped with a
     * warning, as Rasa does; a single file must be a valid domain.
     */
    public Domain loadDomain(Path fileOrDir) {
        return readDomain(fileOrDir, new LoadWarnings());
    }

    Domain readDomain(Path fileOrDir, LoadWarnings warnings) {
        DomainReader reader = new DomainReader(warnings);
        if (Files.isDirectory(fileOrDir)) {
            for (Path file : yamlFiles(fileOrDir)) {
                addDomainFileOfDirectory(reader, file, warnings);
            }
        } else {
            addDomainFile(reader, fileOrDir);
        }
        return reader.build();
    }

    private void addDomainFile(DomainReader reader, Path file) {
        YamlNode root = yaml().read(file);
        if (root == null) {
            LOG.debugf("project.load.empty file=%s", file);
            return;
        }
        reader.addFile(root.asMapping("domain"));
    }

    private void addDomainFileOfDirectory(DomainReader reader, Path file, LoadWarnings warnings) {
        YamlNode root;
        try {
            root = yaml().read(file);
        } catch (ProjectLoadException e) {
            warnings.add(e.file(), e.line(), e.key(), "the file is skipped because it cannot be"
                    + " read as a domain file: " + e.getMessage());
            return;
        }
        if (root instanceof YamlNode.Mapping mapping && hasDomainKey(mapping)) {
            reader.addFile(mapping);
        } else {
            LOG.debugf("project.load.skip file=%s reason=no domain key", file);
        }
    }

    static boolean hasDomainKey(YamlNode.Mapping mapping) {
        return mapping.entries().keySet().stream().anyMatch(DomainReader.DOMAIN_KEYS::contains);
    }

    YamlReader yaml() {
        return new YamlReader(environment);
    }

    /** Returns the YAML files under {@code dir} at any depth, sorted by path. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(ProjectLoader::isYaml)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
