package parley.app.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parley.app.Engine;

/**
 * The whole actor benchmark through the real pipeline (CoreNLP and the coder). The figures are a benchmark,
 * reported in the README; this only checks that they do not fall below the floors measured when the
 * benchmark was written (2026-11-29, 224 sentences: exact precision 0.96 and recall 0.92, country level 0.98 and
 * 0.95),
 * less a small margin for CoreNLP's parses.
 */
@Tag("slow")
class ActorBenchTest {

    @Test
    void actorResolutionStaysAboveItsMeasuredFloor() throws IOException {
        BenchRunner runner = new BenchRunner(Engine.fullAnalyzer(), Engine.knowledge());
        BenchScorer scorer = new BenchScorer(new CountryLevel(Engine.knowledge().actors()));
        for (BenchItem item : BenchFile.read(Path.of(System.getProperty("parley.home", "..")).resolve("bench/actors.tsv"))) {
            scorer.add(item, runner.found(item));
        }
        ActorTally exact = scorer.exact().get("all");
        ActorTally country = scorer.country().get("all");
        String report = "exact " + exact + "\ncountry " + country;
        assertTrue(exact.recall() >= 0.88 && exact.precision() >= 0.92, report);
        assertTrue(country.recall() >= 0.92 && country.precision() >= 0.96, report);
    }
}
