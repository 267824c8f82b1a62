package parley.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import parley.coding.StopRequest;
import parley.model.Article;

/**
 * Posted articles waiting to be coded and stored, one at a time on the server's ingest thread (the store has one
 * writer, the coder one pipeline). A request never waits behind another: it gets a ticket, waits for it at most a
 * short while, and is answered 202 with the ticket's status URL when the article takes longer. The queue holds a
 * bounded number of articles (a full queue is a 503); each article has a time budget, after which the ingest thread
 * is sent a {@link StopRequest} and the article fails, unstored, and the next one starts.
 */
final class IngestQueue implements AutoCloseable {
    /** How many finished tickets are remembered for their status URL. */
    private static final int REMEMBERED = 1000;

    /** One posted article and what became of it. */
    static final class Ticket {
        final String id = UUID.randomUUID().toString();
        final Article article;
        final CompletableFuture<IngestOutcome> result = new CompletableFuture<>();
        volatile String state = "queued";

        Ticket(Article article) {
            this.article = article;
        }
    }

    /** One article's time budget: spent when the alarm rang first, over when the article ended first. */
    private static final class Budget {
        boolean spent;
        boolean over;
    }

    private final ArticleIngest ingest;
    private final Duration budget;
    private final BlockingQueue<Ticket> waiting;
    private final Map<String, Ticket> tickets = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ticket> eldest) {
            return size() > REMEMBERED && eldest.getValue().result.isDone();
        }
    };
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-ingest-budget");
        t.setDaemon(true);
        return t;
    });
    private final Thread worker;

    /**
     * @param capacity articles that may wait (beyond the one being ingested)
     * @param budget the longest one article may take; then it fails and the ingest thread is interrupted
     */
    IngestQueue(ArticleIngest ingest, int capacity, Duration budget) {
        this.ingest = ingest;
        this.budget = budget;
        this.waiting = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::work, "parley-ingest");
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues the article; a 503 when the queue is full. */
    Ticket submit(Article article) {
        Ticket t = new Ticket(article);
        synchronized (tickets) {
            if (!waiting.offer(t)) {
                throw new ApiException(503, "the ingest queue is full (" + (waiting.size())
                        + " articles waiting); retry later");
            }
            tickets.put(t.id, t);
        }
        return t;
    }

    Optional<Ticket> ticket(String id) {
        synchronized (tickets) {
            return Optional.ofNullable(tickets.get(id));
        }
    }

    Duration budget() {
        return budget;
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Ticket t;
            try {
                t = waiting.take();
            } catch (InterruptedException e) {
                return; // closed
            }
            t.state = "running";
            Thread me = Thread.currentThread();
            Budget late = new Budget();
            ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                synchronized (late) {
                    if (!late.over) {
                        late.spent = true;
                        StopRequest.send(me);
                    }
                }
            }, budget.toMillis(), TimeUnit.MILLISECONDS);
            try {
                IngestOutcome out = ingest.ingest(t.article);
                finish(t, alarm, late, null, out);
            } catch (Exception | Error e) {
                finish(t, alarm, late, e, null);
            }
        }
    }

    /** Ends a ticket; an article that ran out of time fails whatever it returned or threw. */
    private void finish(Ticket t, ScheduledFuture<?> alarm, Budget late, Throwable error, IngestOutcome out) {
        alarm.cancel(false);
        synchronized (late) {
            late.over = true; // from now on the alarm interrupts nothing: the next article is not this one
            StopRequest.withdraw(Thread.currentThread());
            if (late.spent) {
                t.state = "failed";
                t.result.completeExceptionally(new ApiException(422, "article " + clip(t.article.id())
                        + ": not stored: coding and storing it took longer than the " + budget.toSeconds()
                        + " s an article may take"));
                return;
            }
        }
        if (error != null) {
            t.state = "failed";
            t.result.completeExceptionally(error);
        } else {
            t.state = out.stored() ? "stored" : "not stored";
            t.result.complete(out);
        }
    }

    @Override
    public void close() {
        worker.interrupt();
        watchdog.shutdownNow();
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
