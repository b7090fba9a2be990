package dev.apprentice.domain;

/**
 * Session settings of the domain. An expiration of 0 minutes means sessions never expire.
 * Rasa's defaults are 60 minutes and carrying slots over.
 */
public record SessionConfig(double expirationMinutes, boolean carryOverSlots) {

    public static final SessionConfig DEFAULT = new SessionConfig(60, true);
}
