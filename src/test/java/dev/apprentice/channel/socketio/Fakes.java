package dev.apprentice.channel.socketio;

import java.util.ArrayList;
import java.util.List;

/** Recording stand-ins for the HTTP and WebSocket sides of the transport. */
final class Fakes {

    private Fakes() {
    }

    /** A polling response that records what was sent. */
    static final class Exchange implements PollExchange {
        int status = -1;
        String contentType;
        String body;
        Runnable closeAction;

        @Override
        public void send(int status, String contentType, String body) {
            if (this.status != -1) {
                throw new AssertionError("response sent twice");
            }
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        @Override
        public void onClose(Runnable action) {
            closeAction = action;
        }

        boolean answered() {
            return status != -1;
        }
    }

    /** A WebSocket that records the frames sent to it. */
    static final class Peer implements WebSocketPeer {
        final List<String> frames = new ArrayList<>();
        boolean closed;

        @Override
        public void sendText(String frame) {
            if (!closed) {
                frames.add(frame);
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A clock in milliseconds that moves only when told to. */
    static final class Clock {
        long now = 1_000;

        long get() {
            return now;
        }
    }
}
