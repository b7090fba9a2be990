package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apprentice.channel.socketio.EnginePacket.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnginePacketTest {

    @Test
    void decodes_every_packet_type_from_its_digit() {
        assertThat(EnginePacket.decode("0{\"sid\":\"x\"}"))
                .isEqualTo(new EnginePacket(Type.OPEN, "{\"sid\":\"x\"}"));
        assertThat(EnginePacket.decode("1").type()).isEqualTo(Type.CLOSE);
        assertThat(EnginePacket.decode("2probe")).isEqualTo(new EnginePacket(Type.PING, "probe"));
        assertThat(EnginePacket.decode("3").type()).isEqualTo(Type.PONG);
        assertThat(EnginePacket.decode("440").data()).isEqualTo("40");
        assertThat(EnginePacket.decode("5").type()).isEqualTo(Type.UPGRADE);
        assertThat(EnginePacket.decode("6").type()).isEqualTo(Type.NOOP);
    }

    @Test
    void encode_puts_the_digit_before_the_data() {
        assertThat(EnginePacket.message("42[\"a\"]").encode()).isEqualTo("442[\"a\"]");
        assertThat(EnginePacket.of(Type.NOOP).encode()).isEqualTo("6");
        assertThat(new EnginePacket(Type.PONG, "probe").encode()).isEqualTo("3probe");
    }

    @Test
    void payload_splits_on_the_record_separator() {
        List<EnginePacket> packets = EnginePacket.decodePayload("442[\"a\"]\u001e3\u001e6");

        assertThat(packets).containsExactly(EnginePacket.message("42[\"a\"]"),
                EnginePacket.of(Type.PONG), EnginePacket.of(Type.NOOP));
    }

    @Test
    void payload_joins_with_the_record_separator() {
        String body = EnginePacket.encodePayload(List.of(EnginePacket.message("2[\"x\"]"),
                EnginePacket.of(Type.PING)));

        assertThat(body).isEqualTo("42[\"x\"]\u001e2");
    }

    @Test
    void separator_inside_a_message_is_not_escaped_by_json() {
        // A JSON string may hold U+001E only as an escape, so raw separators always split.
        List<EnginePacket> packets = EnginePacket.decodePayload("442[\"a\\u001eb\"]");

        assertThat(packets).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "9x", "x", "bAAAA", "4a\u001e", "\u001e4a"})
    void malformed_packets_are_rejected(String body) {
        assertThatThrownBy(() -> EnginePacket.decodePayload(body))
                .isInstanceOf(ProtocolException.class);
    }
}
