package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.json.Json;
import org.junit.jupiter.api.Test;

class SocketIoSettingsTest {

    @Test
    void missing_keys_take_rasas_defaults() {
        SocketIoSettings settings = SocketIoSettings.from(Json.object());

        assertThat(settings.userMessageEvent()).isEqualTo("user_uttered");
        assertThat(settings.botMessageEvent()).isEqualTo("bot_uttered");
        assertThat(settings.sessionPersistence()).isFalse();
        assertThat(settings.metadataKey()).isEqualTo("metadata");
        assertThat(settings.path()).isEqualTo("/socket.io/");
        assertThat(settings.namespace()).isEqualTo("/");
        assertThat(settings.jwtKey()).isNull();
        assertThat(settings.jwtMethod()).isEqualTo("HS256");
    }

    @Test
    void configured_keys_are_read() {
        SocketIoSettings settings = SocketIoSettings.from(Json.object()
                .put("user_message_evt", "u").put("bot_message_evt", "b")
                .put("session_persistence", true).put("metadata_key", "customData")
                .put("socketio_path", "chat/io/").put("namespace", "web"));

        assertThat(settings.userMessageEvent()).isEqualTo("u");
        assertThat(settings.botMessageEvent()).isEqualTo("b");
        assertThat(settings.sessionPersistence()).isTrue();
        assertThat(settings.metadataKey()).isEqualTo("customData");
        assertThat(settings.path()).isEqualTo("/chat/io/");
        assertThat(settings.namespace()).isEqualTo("/web");
    }

    @Test
    void path_matches_with_or_without_the_last_slash() {
        SocketIoSettings settings = SocketIoSettings.from(null);

        assertThat(settings.matchesPath("/socket.io/")).isTrue();
        assertThat(settings.matchesPath("/socket.io")).isTrue();
        assertThat(settings.matchesPath("/socket.io/x")).isFalse();
        assertThat(settings.matchesPath("/webhooks/rest/webhook")).isFalse();
    }
}
