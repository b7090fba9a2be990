package dev.apprentice.project;

/** Something the loader accepted but does not honour, or found questionable, with its place. */
public record LoadWarning(String file, int line, String key, String message) {

    @Override
    public String toString() {
        return file + ":" + line + " (" + key + "): " + message;
    }
}
