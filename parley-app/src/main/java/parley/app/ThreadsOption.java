package parley.app;

import parley.pipeline.ParallelCoding;
import picocli.CommandLine.Option;

/** The --threads option of the commands that code articles. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles coded at once, one per thread; output stays in input order and the events are"
                    + " the same whatever N (default: the machine's cores, ${DEFAULT-VALUE}).")
    int threads = ParallelCoding.defaultThreads();

    /** The number of threads, or an explanation of why it cannot be used. */
    int checked() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        return threads;
    }
}
