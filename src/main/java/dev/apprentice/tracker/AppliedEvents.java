package dev.apprentice.tracker;

import dev.apprentice.event.Event;
import dev.apprentice.policy.StateSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the events that still shape a tracker's state, as Rasa's {@code applied_events} does:
 * a restart or session start clears the history, {@code undo} drops back to the last action,
 * {@code rewind} drops back to the last user message and the listen before it, and a repeated
 * happy-path run of the active loop collapses the turns since its previous run.
 */
final class AppliedEvents {

    private AppliedEvents() {
    }

    static List<Event> of(List<Event> events) {
        List<Event> applied = new ArrayList<>();
        String activeLoop = null;
        boolean unhappy = false;
        for (Event event : events) {
            switch (event.type()) {
                case "restart", "session_started" -> {
                    applied.clear();
                    activeLoop = null;
                }
                case "undo" -> dropThroughLast(applied, "action");
                case "rewind" -> rewind(applied);
                case "active_loop" -> {
                    activeLoop = event.name();
                    unhappy = false;
                    applied.add(event);
                }
                case "action_execution_rejected" -> {
                    unhappy = true;
                    applied.add(event);
                }
                case "action" -> {
                    if (activeLoop != null && activeLoop.equals(event.name()) && !unhappy) {
                        collapseLoopTurn(applied, activeLoop);
                    }
                    if (activeLoop != null && activeLoop.equals(event.name())) {
                        unhappy = false;
                    } else if (activeLoop != null && !"action_listen".equals(event.name())) {
                        unhappy = true;
                    }
                    applied.add(event);
                }
                default -> applied.add(event);
            }
        }
        return applied;
    }

    /**
     * Drops the last user turn. A request resumed after a clarifying question follows the
     * question's exchange, which the policies never see. So that exchange and the first copy of
     * the request are dropped too. Otherwise the policies would see the request as first parsed
     * and answer it again.
     */
    private static void rewind(List<Event> applied) {
        dropLastUserTurn(applied);
        while (endsInClarification(applied) && lastIndexOf(applied, "user", null) >= 0) {
            dropLastUserTurn(applied);
        }
    }

    private static void dropLastUserTurn(List<Event> applied) {
        int lastUser = lastIndexOf(applied, "user", null);
        if (lastUser < 0) {
            return;
        }
        truncate(applied, lastUser);
        int listen = lastIndexOf(applied, "action", null);
        if (listen >= 0 && "action_listen".equals(applied.get(listen).name())) {
            truncate(applied, listen);
        }
    }

    private static boolean endsInClarification(List<Event> applied) {
        int action = lastIndexOf(applied, "action", null);
        return action >= 0 && StateSequence.CLARIFICATION_POLICY.equals(
                applied.get(action).get("policy").asText(null));
    }

    /** Drops the user turns and listens since the loop's previous run, keeping slot events. */
    private static void collapseLoopTurn(List<Event> applied, String loop) {
        int previous = -1;
        for (int i = applied.size() - 1; i >= 0; i--) {
            Event e = applied.get(i);
            if (e.is("action") && loop.equals(e.name())) {
                previous = i;
                break;
            }
        }
        if (previous < 0) {
            return;
        }
        for (int i = applied.size() - 1; i > previous; i--) {
            Event e = applied.get(i);
            boolean listen = e.is("action") && "action_listen".equals(e.name());
            if (listen || e.is("user") || e.is("user_featurization")) {
                applied.remove(i);
            }
        }
    }

    private static void dropThroughLast(List<Event> applied, String type) {
        int index = lastIndexOf(applied, type, null);
        if (index >= 0) {
            truncate(applied, index);
        }
    }

    private static int lastIndexOf(List<Event> applied, String type, String name) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            Event e = applied.get(i);
            if (e.is(type) && (name == null || name.equals(e.name()))) {
                return i;
            }
        }
        return -1;
    }

    private static void truncate(List<Event> list, int fromIndex) {
        list.subList(fromIndex, list.size()).clear();
    }
}
