package dev.apprentice.processor;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One fair lock per conversation, so that one sender's turns run one at a time and in the order
 * they arrived, while different senders run in parallel. A lock lives only while someone holds or
 * waits for it, so the map does not grow with the number of senders ever seen.
 */
public final class ConversationLocks {

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    // NOTE: this lock is per process. Several instances sharing one database need a database
    // row lock per conversation as well; without it two instances can interleave one sender's
    // turns.
    public <T> T withLock(String senderId, Supplier<T> work) {
        Entry entry = locks.compute(senderId, (id, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            locks.compute(senderId, (id, e) -> --e.users == 0 ? null : e);
        }
    }

    /** Returns how many conversations have a lock right now, for tests and metrics. */
    public int size() {
        return locks.size();
    }
}
