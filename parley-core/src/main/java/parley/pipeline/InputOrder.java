package parley.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs work on several threads and hands each result back in the order the items came, on the thread that
 * submits them: the one writer of a batch (standard output, the store) never sees two results at once nor
 * out of order. Items are taken as they arrive (a stream stays a stream): at most two per thread are in
 * hand, so memory does not grow with the batch. With one thread the work runs on the caller's thread.
 *
 * @param <T> an item
 * @param <R> what the work makes of it
 */
public final class InputOrder<T, R> implements AutoCloseable {
    private record Pending<T, R>(T item, Future<R> result) {
    }

    private final Function<T, R> work;
    private final BiConsumer<T, R> sink;
    private final ExecutorService pool;
    private final int inHand;
    private final Deque<Pending<T, R>> pending = new ArrayDeque<>();

    /**
     * @param threads how many items are worked on at once (at least 1)
     * @param work what to do with each item; it runs on a worker thread, so it must be safe to call
     *     concurrently
     * @param sink what to do with each result, called on the submitting thread in the order of submission
     */
    public InputOrder(int threads, Function<T, R> work, BiConsumer<T, R> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.work = work;
        this.sink = sink;
        this.inHand = 2 * threads;
        AtomicInteger started = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-coder-" + started.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts work on an item; hands over the results that are due, waiting when too many are in hand. */
    public void submit(T item) {
        if (pool == null) {
            sink.accept(item, work.apply(item));
            return;
        }
        pending.addLast(new Pending<>(item, pool.submit(() -> work.apply(item))));
        while (pending.size() >= inHand || (!pending.isEmpty() && pending.peekFirst().result().isDone())) {
            deliverFirst();
        }
    }

    /** Waits for every item submitted and hands over their results. */
    public void finish() {
        while (!pending.isEmpty()) {
            deliverFirst();
        }
    }

    private void deliverFirst() {
        Pending<T, R> first = pending.removeFirst();
        R result;
        try {
            result = first.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        sink.accept(first.item(), result);
    }

    /** Hands over what is left and stops the threads. */
    @Override
    public void close() {
        try {
            finish();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
