package dev.apprentice.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the outside programs the web chat tests drive: Node.js with the packages of
 * {@code src/test/js}, Debian's Python with python3-socketio, and Chromium. A missing tool fails
 * the test with the command that installs it, because these tests must not pass by skipping.
 */
public final class ExternalTools {

    /** Debian's interpreter; python3-socketio is installed for it, not for other Pythons. */
    public static final String DEBIAN_PYTHON = "/usr/bin/python3";
    public static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path JS_FOLDER = Path.of("src/test/js");

    private ExternalTools() {
    }

    /** Returns the folder of the Node scripts after checking that node and its packages exist. */
    public static Path requireNodePackages() {
        requireOnPath("node", "Install Node.js 20 (.ci/run expects it on the machine).");
        if (!Files.isDirectory(JS_FOLDER.resolve("node_modules"))) {
            throw new AssertionError("src/test/js/node_modules is missing. Run"
                    + " `npm ci --prefix src/test/js` (.ci/run does).");
        }
        return JS_FOLDER.toAbsolutePath();
    }

    public static void requirePythonSocketIo() {
        if (!Files.isExecutable(Path.of(DEBIAN_PYTHON))) {
            throw new AssertionError(DEBIAN_PYTHON + " is missing. Run `apt-get install"
                    + " python3-socketio python3-websocket` (.ci/run does).");
        }
        String error = run(Duration.ofSeconds(30), null, true, DEBIAN_PYTHON, "-c",
                "import socketio, websocket");
        if (error != null) {
            throw new AssertionError("python3-socketio is not importable by " + DEBIAN_PYTHON
                    + ". Run `apt-get install python3-socketio python3-websocket` (.ci/run"
                    + " does). Python said: " + error);
        }
    }

    public static void requireChromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new AssertionError(CHROMIUM + " is missing. Run `apt-get install chromium`"
                    + " (.ci/run does).");
        }
    }

    /**
     * Runs a command in {@code folder} and returns its standard output. Fails the test when it
     * exits non-zero or runs longer than {@code guard}, which only stops a hung run.
     */
    public static String run(Duration guard, Path folder, String... command) {
        return run(guard, folder, false, command);
    }

    /** With {@code probe}, returns null on success and the error output on failure. */
    private static String run(Duration guard, Path folder, boolean probe, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (folder != null) {
            builder.directory(folder.toFile());
        }
        try {
            Path stdout = Files.createTempFile("external-tool", ".out");
            Path stderr = Files.createTempFile("external-tool", ".err");
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(guard.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within "
                        + guard);
            }
            String output = Files.readString(stdout, StandardCharsets.UTF_8);
            String errors = Files.readString(stderr, StandardCharsets.UTF_8);
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            if (probe) {
                return process.exitValue() == 0 ? null : errors;
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with "
                        + process.exitValue() + ":\n" + errors);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        }
    }

    private static void requireOnPath(String command, String hint) {
        List<String> folders = new ArrayList<>(List.of(System.getenv()
                .getOrDefault("PATH", "").split(File.pathSeparator)));
        boolean found = folders.stream()
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
        if (!found) {
            throw new AssertionError(command + " is not on the PATH. " + hint);
        }
    }
}
