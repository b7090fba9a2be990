package dev.apprentice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void approved_is_visible_everywhere() {
        assertThat(Visibility.visible(ReviewState.APPROVED, "a", "b")).isTrue();
        assertThat(Visibility.visible(ReviewState.APPROVED, null, "b")).isTrue();
    }

    @Test
    void pending_is_visible_only_where_taught() {
        assertThat(Visibility.visible(ReviewState.PENDING, "a", "a")).isTrue();
        assertThat(Visibility.visible(ReviewState.PENDING, "a", "b")).isFalse();
        assertThat(Visibility.visible(ReviewState.PENDING, null, null)).isFalse();
    }

    @Test
    void rejected_is_never_visible() {
        assertThat(Visibility.visible(ReviewState.REJECTED, "a", "a")).isFalse();
        assertThat(Visibility.termVisible(ReviewState.REJECTED, "a", "a", true)).isFalse();
    }

    @Test
    void pending_term_visible_through_own_part() {
        assertThat(Visibility.termVisible(ReviewState.PENDING, "a", "b", true)).isTrue();
        assertThat(Visibility.termVisible(ReviewState.PENDING, "a", "b", false)).isFalse();
    }
}
