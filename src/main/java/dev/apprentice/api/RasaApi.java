package dev.apprentice.api;

/** Versions the HTTP API reports, as Rasa's {@code GET /version} does. */
public final class RasaApi {

    /** The Rasa Open Source release whose HTTP API this service implements. */
    public static final String VERSION = "3.6.21";

    /** The oldest Rasa model version Rasa 3.6.21 loads; reported, not checked here. */
    public static final String MINIMUM_COMPATIBLE_VERSION = "3.6.21";

    private RasaApi() {
    }
}
