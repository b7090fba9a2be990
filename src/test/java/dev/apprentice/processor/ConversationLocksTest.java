package dev.apprentice.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConversationLocksTest {

    @Test
    void one_sender_never_runs_twice_at_once() throws Exception {
        ConversationLocks locks = new ConversationLocks();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);

        for (int i = 0; i < 200; i++) {
            pool.submit(() -> locks.withLock("same", () -> {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.yield();
                return inside.decrementAndGet();
            }));
        }
        pool.shutdown();

        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(maxInside.get()).isEqualTo(1);
        assertThat(locks.size()).isZero();
    }

    @Test
    void different_senders_run_in_parallel() throws Exception {
        ConversationLocks locks = new ConversationLocks();
        CountDownLatch bothInside = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        for (String sender : new String[] {"a", "b"}) {
            pool.submit(() -> locks.withLock(sender, () -> {
                bothInside.countDown();
                return awaitQuietly(bothInside);
            }));
        }
        pool.shutdown();

        assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
