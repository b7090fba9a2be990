package dev.apprentice.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Settings under {@code apprentice.knowledge.*}: whose teaching is approved at once. Teaching
 * that is not approved at once waits for review and is used only in the conversation that
 * taught it.
 */
@ConfigMapping(prefix = "apprentice.knowledge")
public interface KnowledgeConfig {

    /**
     * Sender ids whose teaching is approved at once, comma-separated
     * ({@code APPRENTICE_KNOWLEDGE_TRUSTED_SENDERS}). Unset means none.
     */
    Optional<List<String>> trustedSenders();

    /**
     * A secret that marks a sender as a teacher when a message carries it as
     * {@code metadata.teacher_token}, or as {@code ?token=} on the REST webhook
     * ({@code APPRENTICE_KNOWLEDGE_TEACHER_TOKEN}). Unset means no message is a teacher's.
     */
    Optional<String> teacherToken();

    /**
     * Whether everyone's teaching is approved at once ({@code APPRENTICE_KNOWLEDGE_AUTO_APPROVE}).
     * Off by default, because the service listens on every interface and anyone who can chat
     * with it could otherwise change what it tells everyone else.
     */
    @WithDefault("false")
    boolean autoApprove();
}
