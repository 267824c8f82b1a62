package parley.coding;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the thread coding an article to stop, and lets that thread see it. A thread's interrupt alone is not
 * enough: CoreNLP's NER takes an interrupt as "give up on this sentence", clears it and goes on with the next, so
 * a 2 MB article would be tagged to the end. A request stays until the thread takes it ({@link #check}) or its
 * owner withdraws it ({@link #withdraw}); the thread is interrupted too, for whatever waits on a lock or I/O.
 */
public final class StopRequest {
    private static final Set<Thread> REQUESTED = ConcurrentHashMap.newKeySet();

    private StopRequest() {
    }

    /** Asks {@code worker} to stop what it is doing at its next check. */
    public static void send(Thread worker) {
        REQUESTED.add(worker);
        worker.interrupt();
    }

    /** Withdraws a request to {@code worker} that it has not taken, and clears its interrupt if it is the caller. */
    public static void withdraw(Thread worker) {
        REQUESTED.remove(worker);
        if (worker == Thread.currentThread()) {
            Thread.interrupted();
        }
    }

    /** Whether the calling thread was asked to stop (or interrupted), without taking the request. */
    public static boolean pending() {
        return REQUESTED.contains(Thread.currentThread()) || Thread.currentThread().isInterrupted();
    }

    /**
     * Stops the calling thread's work if it was asked to, or interrupted: takes the request and throws.
     *
     * @param work what is stopped, for the message ("coding article X")
     */
    public static void check(String work) {
        check(work, null);
    }

    /**
     * As {@link #check(String)}, for loops that check once per sentence: the message ("coding article X") is only
     * put together when the work stops.
     */
    public static void check(String doing, String item) {
        Thread me = Thread.currentThread();
        boolean interrupted = Thread.interrupted();
        if (REQUESTED.remove(me) || interrupted) {
            throw new CancellationException(doing + (item == null ? "" : " " + item) + " was stopped");
        }
    }
}
