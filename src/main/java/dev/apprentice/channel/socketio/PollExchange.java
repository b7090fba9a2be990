package dev.apprentice.channel.socketio;

/** The response side of one polling HTTP request; it is answered exactly once. */
public interface PollExchange {

    /** Sends the status and body and ends the response. */
    void send(int status, String contentType, String body);

    /** Runs {@code action} if the connection closes before the response is sent. */
    default void onClose(Runnable action) {
    }
}
