package dev.apprentice.project;

/**
 * Raised when a project file cannot be loaded. The message names the file, the 1-based line and
 * the key at fault, so that a user can go straight to the mistake.
 */
public class ProjectLoadException extends RuntimeException {

    private final String file;
    private final int line;
    private final String key;

    public ProjectLoadException(String file, int line, String key, String reason) {
        this(file, line, key, reason, null);
    }

    public ProjectLoadException(String file, int line, String key, String reason, Throwable cause) {
        super(file + ":" + line + (key == null ? "" : " (" + key + ")") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}
