package dev.apprentice.channel.socketio;

/** An open WebSocket connection as the Engine.IO session uses it. */
public interface WebSocketPeer {

    /** Sends one text frame; frames sent after the close are dropped. */
    void sendText(String frame);

    void close();
}
