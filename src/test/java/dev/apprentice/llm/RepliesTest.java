package dev.apprentice.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which message a reply that is not the expected JSON object gets. */
class RepliesTest {

    @ParameterizedTest
    @ValueSource(strings = {"[\"greet\"]", "42", "\"greet\"", "true", "null",
        "```json\n[1]\n```"})
    void json_that_is_not_an_object_is_named_so(String reply) {
        InvalidReplyException e = catchThrowableOfType(InvalidReplyException.class,
                () -> Replies.object(reply));

        assertThat(e.failure()).isEqualTo(Failure.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("reply is not a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sure! The intent is greet.", "{\"a\": ", "```json\n```", "{'a': 1}",
        "  "})
    void text_that_is_not_json_is_named_so(String reply) {
        InvalidReplyException e = catchThrowableOfType(InvalidReplyException.class,
                () -> Replies.object(reply));

        assertThat(e.failure()).isEqualTo(Failure.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("reply is not JSON");
    }
}
