package parley.app;

import parley.store.MergeSettings;
import picocli.CommandLine.Option;

/** The options that say when two reports are one event: of the commands that merge (ingest, remerge). */
final class MergeOptions {

    @Option(names = "--merge-days", paramLabel = "N",
            description = "Reports of one event may be dated at most N days apart (default: ${DEFAULT-VALUE}).")
    int mergeDays = MergeSettings.DEFAULT_DAYS;

    @Option(names = "--merge-km", paramLabel = "KM",
            description = "Reports of a place-bound event (fighting, protests...; merge-rules.tsv) placed in cities"
                    + " farther apart than KM are different events (default: ${DEFAULT-VALUE}).")
    double mergeKm = MergeSettings.DEFAULT_KM;

    /** The bundled merge rules with these thresholds; an IllegalArgumentException says why they cannot be used. */
    MergeSettings settings() {
        return MergeSettings.defaults().withDays(mergeDays).withKm(mergeKm);
    }
}
