package dev.apprentice.channel.socketio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the Socket.IO server under {@code apprentice.socketio.*}. The channel's Rasa
 * settings (event names, session persistence, path) come from the bot's credentials.yml.
 */
@ConfigMapping(prefix = "apprentice.socketio")
public interface SocketIoConfig {

    /** Time between the server's pings, in milliseconds (python-engineio's default). */
    @WithDefault("25000")
    long pingInterval();

    /** Time a client has to answer a ping before its session is closed, in milliseconds. */
    @WithDefault("20000")
    long pingTimeout();

    /**
     * The largest polling body or WebSocket message accepted, in bytes; larger ones close the
     * session. It is sent to clients in the handshake as {@code maxPayload}.
     */
    @WithDefault("100000")
    int maxPayload();

    /** Engine.IO sessions open at once; further handshakes get 503. */
    @WithDefault("10000")
    int maxSessions();

    /** Packets held for a polling client that does not poll; beyond it the session closes. */
    @WithDefault("1000")
    int maxQueuedPackets();
}
