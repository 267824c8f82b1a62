package parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;
import parley.store.StoreInUse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "remerge", mixinStandardHelpOptions = true,
        description = {"Merges the reports of a store into events again, with these thresholds and the current merge"
                + " rules: what the store would hold had every article been ingested with them (docs/store.md).",
            "Event ids that vanish lead on to the event that holds their reports (GET /api/events/{old id})."})
final class RemergeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Database.DEFAULT_PATH;

    @Mixin
    MergeOptions merging = new MergeOptions();

    @Override
    public Integer call() {
        MergeSettings settings;
        try {
            settings = merging.settings();
        } catch (IllegalArgumentException e) {
            System.err.println("parley: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(db)) {
            System.err.println("parley: no store at " + db);
            return 1;
        }
        try (Database database = Database.open(db)) {
            EventStore.RemergeOutcome out = new EventStore(database, settings).remergeAll();
            System.err.println("parley: " + out.blocks() + " blocks merged again: " + out.eventsBefore()
                    + " events before, " + out.eventsAfter() + " after; " + out.eventsChanged() + " events rewritten");
            return 0;
        } catch (SQLException e) {
            System.err.println("parley: " + StoreInUse.message("remerge", db, e));
            return 1;
        }
    }
}
