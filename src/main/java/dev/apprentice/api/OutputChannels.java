package dev.apprentice.api;

import org.jboss.logging.Logger;

/**
 * The {@code output_channel} query parameter. Bot messages of an API call are always collected
 * and returned in the response body, which is what Rasa does when the named channel cannot
 * send (as for {@code collector} or an unknown name).
 */
final class OutputChannels {

    /** The channel name response variations are chosen for when messages are collected. */
    static final String COLLECTOR = "collector";

    private static final Logger LOG = Logger.getLogger(OutputChannels.class);

    private OutputChannels() {
    }

    // TODO: route messages to the named channel (for example socketio), and for "latest" to the
    // channel of the last user message. Until then those channels receive nothing.
    static String collected(String requested) {
        if (requested != null && !requested.equals("latest")
                && !requested.equals(COLLECTOR)) {
            LOG.debugf("api.output_channel %s is not routed; messages are returned", requested);
        }
        return COLLECTOR;
    }
}
