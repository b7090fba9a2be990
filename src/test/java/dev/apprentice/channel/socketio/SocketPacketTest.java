package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apprentice.channel.socketio.SocketPacket.Type;
import dev.apprentice.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocketPacketTest {

    @Test
    void connect_to_the_main_namespace_has_no_namespace_part() {
        SocketPacket packet = SocketPacket.decode("0");

        assertThat(packet.type()).isEqualTo(Type.CONNECT);
        assertThat(packet.namespace()).isEqualTo("/");
        assertThat(packet.data()).isNull();
    }

    @Test
    void connect_carries_a_namespace_and_an_auth_object() {
        SocketPacket packet = SocketPacket.decode("0/chat,{\"token\":\"t\"}");

        assertThat(packet.namespace()).isEqualTo("/chat");
        assertThat(packet.data().path("token").asText()).isEqualTo("t");
    }

    @Test
    void event_keeps_its_name_and_arguments() {
        SocketPacket packet = SocketPacket.decode(
                "2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\"s\"}]");

        assertThat(packet.type()).isEqualTo(Type.EVENT);
        assertThat(packet.ackId()).isNull();
        assertThat(packet.data().get(0).asText()).isEqualTo("user_uttered");
        assertThat(packet.data().get(1).path("message").asText()).isEqualTo("hi");
    }

    @Test
    void event_reads_the_namespace_and_the_ack_id() {
        SocketPacket packet = SocketPacket.decode("2/chat,12[\"x\"]");

        assertThat(packet.namespace()).isEqualTo("/chat");
        assertThat(packet.ackId()).isEqualTo(12L);
    }

    @Test
    void encodes_as_socket_io_clients_expect() {
        assertThat(new SocketPacket(Type.CONNECT, "/", null,
                Json.object().put("sid", "abc")).encode()).isEqualTo("0{\"sid\":\"abc\"}");
        assertThat(SocketPacket.event("/chat", "bot_uttered", Json.object().put("text", "hi"))
                .encode()).isEqualTo("2/chat,[\"bot_uttered\",{\"text\":\"hi\"}]");
        assertThat(new SocketPacket(Type.ACK, "/", 7L, Json.array()).encode())
                .isEqualTo("37[]");
        assertThat(new SocketPacket(Type.CONNECT_ERROR, "/x", null,
                Json.object().put("message", "Invalid namespace")).encode())
                .isEqualTo("4/x,{\"message\":\"Invalid namespace\"}");
    }

    @Test
    void encode_and_decode_round_trip_non_ascii_text() {
        String wire = SocketPacket.event("/", "bot_uttered",
                Json.object().put("text", "Grüße 👋 \"quoted\"\n")).encode();

        assertThat(SocketPacket.decode(wire).data().get(1).path("text").asText())
                .isEqualTo("Grüße 👋 \"quoted\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9", "x", "2", "2{}", "2[]", "2[1]", "2[\"a\"] trailing",
        "2[\"a\"", "0[]", "0\"s\"", "1{}", "3[]", "4\"x\"", "5[\"a\"]", "6[]",
        "21234567890123456[\"a\"]"})
    void malformed_packets_are_rejected(String wire) {
        assertThatThrownBy(() -> SocketPacket.decode(wire))
                .isInstanceOf(ProtocolException.class);
    }
}
