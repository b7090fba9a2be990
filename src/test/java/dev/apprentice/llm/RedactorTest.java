package dev.apprentice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mail jane.doe@example.com today | mail [EMAIL] today",
        "cc: j_smith+vpn@mail.corp.example.org | cc: [EMAIL]",
        "call +44 20 7946 0958 please | call [PHONE] please",
        "call (555) 123-4567 or 020 7946 0958 | call [PHONE] or [PHONE]",
        "card 4111 1111 1111 1111 expired | card [CARD] expired",
        "card 5500-0000-0000-0004 | card [CARD]",
        "pay to GB82 WEST 1234 5698 7654 32 now | pay to [IBAN] now",
        "iban DE89370400440532013000 | iban [IBAN]",
        "iban de89 3704 0044 0532 0130 00 | iban [IBAN]",
        "call 030/12345678 today | call [PHONE] today",
        "mail user@localhost now | mail [EMAIL] now",
    })
    void personal_data_is_replaced(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ticket INC-1234567 is open",
        "it broke on 2024-01-15 at 10:30",
        "upgrade to 3.33.2 first",
        "order 1234 5678 9012 3456 78",
        "room 4.12, extension 4711",
        "it broke on 2024/01/15",
        "see TCP/IP and/or page 12/345",
    })
    void other_numbers_are_kept(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4111111111111111 | true", "4111111111111112 | false",
        "79927398713 | false"})
    void luhn_check(String digits, boolean valid) {
        assertThat(Redactor.passesLuhn(digits)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"GB82WEST12345698765432 | true",
        "GB00WEST12345698765432 | false", "DE89370400440532013000 | true"})
    void iban_check_sum(String iban, boolean valid) {
        assertThat(Redactor.validIban(iban)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IBAN GB82 WEST 1234 5698 7654 32 | IBAN GB82 WEST | true",
        "IBAN GB82 WEST 1234 5698 7654 32 | 5698 | true",
        "IBAN GB82 WEST 1234 5698 7654 32 | IBAN | false",
        "mail jane@corp.example | jane@corp.example | true",
        "the blue portal is down | blue portal | false",
    })
    void part_of_personal_data_is_found(String text, String part, boolean hidden) {
        assertThat(redactor.hides(text, part)).isEqualTo(hidden);
    }

    @org.junit.jupiter.api.Test
    void null_becomes_empty() {
        assertThat(redactor.redact(null)).isEmpty();
    }
}
