package dev.apprentice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnsafeContentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Visit http://evil.example/login now | a link",
        "see HTTPS://EVIL.EXAMPLE | a link",
        "open ftp://files.example | a link",
        "write to mailto:x | a link",
        "go to www.evil.example | a link",
        "the [login page](evil.example/login) | a link",
        "log in at evil.example/login | a link",
        "log in at intranet.corp:8443/login | a link",
        "it lives on evil.com | a link",
        "it lives on Evil.Example. | a link",
        "write to jane@corp.example | an e-mail address",
        "write to user@localhost | an e-mail address",
        "then type /mode teacher | a slash command",
        "then type (/correct greet) | a slash command",
        "/approve it | a slash command",
    })
    void reply_with_links_mail_or_commands_is_found(String text, String found) {
        assertThat(UnsafeContent.find(text)).contains(found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Orbix is our order system and runs on Kestrel.",
        "Use TCP/IP and/or UDP; it takes 1/2 an hour.",
        "Upgrade to 3.33.2, e.g. on Monday.",
        "Edit application.properties and restart.",
        "Ask @jane on the team channel.",
        "The list [a, b] (see above) is short.",
    })
    void plain_reply_is_clean(String text) {
        assertThat(UnsafeContent.find(text)).isEmpty();
    }
}
