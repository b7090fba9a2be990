"""Chats with the service through Debian's python3-socketio client and prints one JSON object.

Usage: python3 socketio_chat.py <base URL>

Connects, requests a new session, sends a message and waits for the reply. Then it disconnects,
connects again with the same session id and checks that the reply arrives on the new socket.
Exits 2 with a message when a step does not complete within the guard time.
"""

import json
import sys
import threading

import socketio

GUARD_SECONDS = 30


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(2)


class Chat:
    """One client connection and the events it received."""

    def __init__(self, base):
        self.client = socketio.Client(reconnection=False)
        self.confirmed = threading.Event()
        self.replied = threading.Event()
        self.session_id = None
        self.replies = []
        self.client.on("session_confirm", self._on_confirm)
        self.client.on("bot_uttered", self._on_reply)
        self.client.connect(base, socketio_path="socket.io", wait_timeout=GUARD_SECONDS)

    def _on_confirm(self, session_id):
        self.session_id = session_id
        self.confirmed.set()

    def _on_reply(self, payload):
        self.replies.append(payload)
        self.replied.set()

    def request_session(self, session_id):
        self.client.emit("session_request", {"session_id": session_id})
        if not self.confirmed.wait(GUARD_SECONDS):
            fail("no session_confirm")
        return self.session_id

    def say(self, text, session_id, metadata):
        self.replied.clear()
        self.client.emit("user_uttered", {"message": text, "session_id": session_id,
                                          "customData": metadata})
        if not self.replied.wait(GUARD_SECONDS):
            fail("no bot_uttered after " + text)
        return self.replies[-1]

    def transport(self):
        return self.client.transport()


def main():
    base = sys.argv[1]
    first = Chat(base)
    session_id = first.request_session(None)
    first_reply = first.say("/greet", session_id, {"mode": "assistant"})
    first.client.disconnect()

    second = Chat(base)
    second_session = second.request_session(session_id)
    second_reply = second.say("/help", session_id, "{\"mode\": \"teacher\"}")
    transport = second.transport()
    second.client.disconnect()
    print(json.dumps({
        "sessionId": session_id,
        "secondSessionId": second_session,
        "firstReply": first_reply,
        "secondReply": second_reply,
        "transport": transport,
    }))


if __name__ == "__main__":
    main()
