package dev.apprentice.llm;

/** The reason a job did not use the language model's reply and fell back to the embedded engine. */
public enum Failure {
    /** No reply within {@code apprentice.llm.timeout}. */
    TIMEOUT,
    /** Status 429, also after the one retry. */
    RATE_LIMITED,
    /** A 5xx status, also after the one retry. */
    SERVER_ERROR,
    /** Any other failed request: a 4xx status, a refused connection, an unreadable body. */
    REQUEST_FAILED,
    /** A reply without text. */
    EMPTY,
    /** A reply cut off at the token limit or longer than the job allows. */
    RUNAWAY,
    /** A reply that is not the JSON object the prompt asks for. */
    MALFORMED,
    /** Valid JSON whose fields are missing, of the wrong type or out of range. */
    OFF_SCHEMA,
    /** No request sent: an earlier failure opened the circuit breaker for its cool-down. */
    CIRCUIT_OPEN
}
