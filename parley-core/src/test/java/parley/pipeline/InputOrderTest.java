package parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class InputOrderTest {

    /** Work that takes longer for early items, so that later ones finish first. */
    private static String slowFirst(int i) {
        try {
            Thread.sleep(Math.max(0, 30 - 3 * i));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "r" + i;
    }

    @Test
    void resultsComeBackInInputOrderOnTheSubmittingThread() {
        List<String> out = new ArrayList<>();
        Set<String> workers = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = new ArrayList<>();
        try (InputOrder<Integer, String> order = new InputOrder<>(3, i -> {
            workers.add(Thread.currentThread().getName());
            return slowFirst(i);
        }, (i, r) -> {
            onCaller.add(Thread.currentThread() == caller);
            out.add(i + ":" + r);
        })) {
            for (int i = 0; i < 10; i++) {
                order.submit(i);
            }
        }
        assertEquals(List.of("0:r0", "1:r1", "2:r2", "3:r3", "4:r4", "5:r5", "6:r6", "7:r7", "8:r8", "9:r9"), out);
        assertTrue(onCaller.stream().allMatch(b -> b), "the sink runs on the submitting thread");
        assertTrue(workers.size() > 1, "the work ran on several threads: " + workers);
    }

    @Test
    void oneThreadWorksOnTheCallersThreadAtOnce() {
        List<String> out = new ArrayList<>();
        Thread caller = Thread.currentThread();
        try (InputOrder<Integer, Boolean> order = new InputOrder<>(1, i -> Thread.currentThread() == caller,
                (i, here) -> out.add(i + ":" + here))) {
            order.submit(1);
            assertEquals(List.of("1:true"), out, "handed over before the next item is submitted");
        }
    }

    @Test
    void aFailureOfTheWorkReachesTheSubmitter() {
        // on submitting a later item or on closing, whichever comes after the failure
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (InputOrder<Integer, Integer> order = new InputOrder<>(2, i -> {
                if (i == 1) {
                    throw new IllegalStateException("bad item " + i);
                }
                return i;
            }, (i, r) -> { })) {
                order.submit(0);
                order.submit(1);
            }
        });
        assertEquals("bad item 1", e.getMessage());
    }

    @Test
    void refusesZeroThreads() {
        assertThrows(IllegalArgumentException.class, () -> new InputOrder<Integer, Integer>(0, i -> i, (i, r) -> { }));
    }
}
