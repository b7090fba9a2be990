package dev.apprentice.project;

import dev.apprentice.domain.Domain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads a Rasa 3.x project directory into a {@link RasaProject}.
 *
 * <p>Layout: the domain is {@code domain.yml} (or {@code .yaml}), or every YAML file under a
 * {@code domain/} directory, or else every YAML file at the root that contains a domain key.
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

    /** Loads the project under {@code root}. */
    public RasaProject load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ProjectLoadException(root.toString(), 1, null,
                    "the project directory does not exist or is not a directory");
        }
        LoadWarnings warnings = new LoadWarnings();
        DomainReader domain = new DomainReader(warnings);
        TrainingDataReader data = new TrainingDataReader(warnings, domain);
        readDomainSources(root, domain, data, warnings);
        for (Path file : yamlFilesIfPresent(root.resolve("data"))) {
            readMapping(file, "training data").ifPresent(data::addFile);
        }
        for (Path file : yamlFilesIfPresent(root.resolve("tests"))) {
            readMapping(file, "test").ifPresent(data::addTestFile);
        }
        ConfigReader config = new ConfigReader(warnings);
        EndpointsReader endpoints = new EndpointsReader(warnings);
        RasaProject project = new RasaProject(root, domain.build(), data.nlu(), data.stories(),
                data.rules(), data.testStories(),
                config.read(readOptional(root, "config")),
                endpoints.readEndpoints(readOptional(root, "endpoints")),
                endpoints.readCredentials(readOptional(root, "credentials")),
                warnings.list());
        LOG.infof("project.loaded root=%s intents=%d examples=%d stories=%d rules=%d warnings=%d",
                root, project.domain().intents().size(), project.nlu().examples().size(),
                project.stories().size(), project.rules().size(), project.warnings().size());
        return project;
    }

    private void readDomainSources(
            Path root, DomainReader domain, TrainingDataReader data, LoadWarnings warnings) {
        Optional<Path> file = existing(root, "domain");
        if (file.isPresent()) {
            addDomainFile(domain, file.get());
            return;
        }
        Path dir = root.resolve("domain");
        if (Files.isDirectory(dir)) {
            for (Path part : yamlFiles(dir)) {
                addDomainFileOfDirectory(domain, part, warnings);
            }
            return;
        }
        if (!readRootFiles(root, domain, data)) {
            warnings.add(root.toString(), 1, "domain", "no domain.yml, domain/ directory or"
                    + " root YAML file with domain keys was found, so the domain is empty");
        }
    }

    /**
     * Reads a project whose domain files sit at the root: each root YAML file with a domain key
     * gives its domain keys to the domain and its training data keys to the training data.
     * Returns whether any such file was found.
     */
    private boolean readRootFiles(Path root, DomainReader domain, TrainingDataReader data) {
        boolean found = false;
        for (Path file : rootYamlFiles(root)) {
            Optional<YamlNode.Mapping> mapping = readMapping(file, "domain");
            if (mapping.isEmpty() || !hasDomainKey(mapping.get())) {
                LOG.debugf("project.load.skip file=%s reason=no domain key", file);
                continue;
            }
            found = true;
            domain.addFile(mapping.get().select(DomainReader.DOMAIN_KEYS));
            YamlNode.Mapping rest = mapping.get().select(Set.of("nlu", "stories", "rules"));
            if (!rest.entries().isEmpty()) {
                data.addFile(rest);
            }
        }
        return found;
    }

    private static List<Path> rootYamlFiles(Path root) {
        Set<String> others = Set.of("config", "endpoints", "credentials");
        try (Stream<Path> paths = Files.list(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(ProjectLoader::isYaml)
                    .filter(path -> !others.contains(baseName(path)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("failed to list " + root, e);
        }
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** Returns {@code <name>.yml} or {@code <name>.yaml} under {@code root} when one exists. */
    private static Optional<Path> existing(Path root, String name) {
        return Stream.of(name + ".yml", name + ".yaml")
                .map(root::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private YamlNode readOptional(Path root, String name) {
        return existing(root, name).map(file -> yaml().read(file)).orElse(null);
    }

    private Optional<YamlNode.Mapping> readMapping(Path file, String kind) {
        YamlNode root = yaml().read(file);
        if (root == null) {
            LOG.debugf("project.load.empty file=%s", file);
            return Optional.empty();
        }
        return Optional.of(root.asMapping(kind));
    }

    private static List<Path> yamlFilesIfPresent(Path dir) {
        return Files.isDirectory(dir) ? yamlFiles(dir) : List.of();
    }

    /**
     * Loads a domain from one YAML file or from every YAML file under a directory (any depth).
     * In a directory, as in Rasa, a file that is not valid YAML is skipped with a warning and a
     * file without a domain key is skipped. A single file must be a valid domain.
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
            throw new UncheckedIOException("failed to list " + dir, e);
        }
    }

    static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
