package dev.apprentice.channel.socketio;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Runs tasks one at a time, in the order offered, on a shared executor: the messages of one
 * socket are handled in order without a thread of their own. At most {@code capacity} tasks wait.
 */
final class TaskQueue {

    private static final Logger LOG = Logger.getLogger(TaskQueue.class);

    private final Executor executor;
    private final int capacity;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    TaskQueue(Executor executor, int capacity) {
        this.executor = executor;
        this.capacity = capacity;
    }

    /** Queues a task; returns false, dropping it, when {@code capacity} tasks already wait. */
    synchronized boolean offer(Runnable task) {
        if (tasks.size() >= capacity) {
            return false;
        }
        tasks.add(task);
        if (!running) {
            running = true;
            schedule();
        }
        return true;
    }

    private void runNext() {
        Runnable task;
        synchronized (this) {
            task = tasks.poll();
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "socket.io: a queued task failed");
        }
        synchronized (this) {
            if (tasks.isEmpty()) {
                running = false;
            } else {
                schedule();
            }
        }
    }

    /** Hands the next task to the executor; called with the lock held. */
    private void schedule() {
        try {
            executor.execute(this::runNext);
        } catch (RejectedExecutionException e) {
            LOG.warnf("socket.io: the worker pool rejected a task; %d queued tasks dropped",
                    tasks.size());
            tasks.clear();
            running = false;
        }
    }
}
