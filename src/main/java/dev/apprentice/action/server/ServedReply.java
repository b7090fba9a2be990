package dev.apprentice.action.server;

import java.util.List;

/** A bot message a served action sends: its text and its buttons, possibly none. */
public record ServedReply(String text, List<Button> buttons) {

    public ServedReply {
        buttons = List.copyOf(buttons);
    }

    /** A button: the title the user reads and the payload sent back when it is pressed. */
    public record Button(String title, String payload) {
    }

    public static ServedReply text(String text) {
        return new ServedReply(text, List.of());
    }
}
