package dev.apprentice.channel.socketio;

/** Raised for input that breaks the Engine.IO or Socket.IO framing; the peer is disconnected. */
public final class ProtocolException extends RuntimeException {

    public ProtocolException(String message) {
        super(message);
    }
}
