package parley.coding;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class StopRequestTest {

    @Test
    void aRequestOutlivesAClearedInterruptUntilTheThreadTakesIt() {
        StopRequest.send(Thread.currentThread());
        assertTrue(Thread.interrupted(), "the thread is interrupted too");
        assertTrue(StopRequest.pending());
        CancellationException e = assertThrows(CancellationException.class, () -> StopRequest.check("tagging a-1"));
        assertTrue(e.getMessage().startsWith("tagging a-1"), e.getMessage());
        assertFalse(StopRequest.pending());
        assertDoesNotThrow(() -> StopRequest.check("tagging a-2"));
    }

    @Test
    void aWithdrawnRequestStopsNothing() {
        StopRequest.send(Thread.currentThread());
        StopRequest.withdraw(Thread.currentThread());
        assertFalse(Thread.currentThread().isInterrupted());
        assertDoesNotThrow(() -> StopRequest.check("coding b"));
    }

    @Test
    void aPlainInterruptStopsWorkToo() {
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, () -> StopRequest.check("coding c"));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aRequestToAnotherThreadLeavesThisOneAlone() throws InterruptedException {
        Thread other = new Thread(() -> { });
        StopRequest.send(other);
        assertDoesNotThrow(() -> StopRequest.check("coding d"));
        StopRequest.withdraw(other);
    }
}
