package parley.app.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the gold file: its quirks, its errors, and the real file as it is beside the checkout. */
class GsrFileTest {
    private static final Path REAL = Path.of(System.getProperty("parley.shared", "../../shared"))
            .resolve("reference/plover/PLOVER_GSR_CAMEO.txt");

    @Test
    void aRepeatedIdIsNumberedAndBadRecordsAreNamed() {
        String a = "{\"id\":\"X-1\",\"date\":\"2000-01-01\",\"event\":\"AGREE\",\"text\":\"One.\"}";
        String b = "{\"id\":\"X-1\",\"date\":\"2000-01-01\",\"event\":\"AGREE\",\"text\":\"Two.\"}";
        List<GsrRecord> r = GsrFile.parse("g.json", "[" + a + "," + b + "]");
        assertEquals(List.of("X-1", "X-1#2"), r.stream().map(GsrRecord::id).toList());
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> GsrFile.parse("g.json", "[" + a.replace("2000-01-01", "2000") + "]"));
        assertTrue(date.getMessage().startsWith("g.json: record 1 (X-1): date"), date.getMessage());
        IllegalArgumentException notArray = assertThrows(IllegalArgumentException.class, () -> GsrFile.parse("g.json", a));
        assertTrue(notArray.getMessage().startsWith("g.json:"), notArray.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GsrFile.parse("g.json", "[{\"id\":\"D\"}]"));
    }

    @Test
    void everyRecordOfTheRealFileHasATypeRowAndAtLeastOneGoldEvent() throws IOException {
        List<GsrRecord> records = GsrFile.read(REAL);
        assertTrue(records.size() >= 300, records.size() + " records");
        PloverCorrespondence c = PloverCorrespondence.bundled();
        for (GsrRecord r : records) {
            assertTrue(c.gsrTypes().contains(r.gsrType()), r.id() + " " + r.gsrType());
            assertTrue(!PloverGold.of(r, c).isEmpty(), r.id());
        }
    }
}
