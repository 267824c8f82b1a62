package parley.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.store.Database;
import parley.store.export.ExportFormat;
import parley.store.export.Exporter;
import parley.store.query.EventFilter;
import parley.store.query.FilterParams;
import parley.store.query.InvalidParameterException;
import parley.store.StoreInUse;
import parley.store.query.ReadOnlyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's events as GDELT 2.0 rows, PLOVER JSON, CSV, JSON lines or Parquet"
                + " (docs/exports.md), with the same filters as the HTTP API (docs/api.md).",
                "Every matching event is written unless --limit is given; the store is opened read-only."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "gdelt, plover, csv, jsonl or parquet.")
    String format;

    @Option(names = "--db", paramLabel = "PATH", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Database.DEFAULT_PATH;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output; parquet needs one).")
    Path out;

    @Option(names = "--actor", description = "Actor code as source or target (e.g. RUSGOV).") String actor;
    @Option(names = "--source", description = "Source actor code.") String source;
    @Option(names = "--target", description = "Target actor code.") String target;
    @Option(names = "--country", description = "Source or target country (e.g. FRA).") String country;
    @Option(names = "--source-country", description = "Source country.") String sourceCountry;
    @Option(names = "--target-country", description = "Target country.") String targetCountry;
    @Option(names = "--org", description = "Source or target organisation (e.g. NATO).") String org;
    @Option(names = "--source-org", description = "Source organisation.") String sourceOrg;
    @Option(names = "--target-org", description = "Target organisation.") String targetOrg;
    @Option(names = "--dyad", paramLabel = "A,B", description = "Events from actor A to actor B.") String dyad;
    @Option(names = "--either-order", arity = "0..1", fallbackValue = "true",
            description = "With --dyad: also events from B to A.") String eitherOrder;
    @Option(names = "--cameo", description = "CAMEO code or its first digits (19: every fight).") String cameo;
    @Option(names = "--root", description = "CAMEO root, 01 to 20.") String root;
    @Option(names = "--quad-class", description = "QuadClass 1 to 4.") String quadClass;
    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this ISO date.") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this ISO date.") String to;
    @Option(names = "--lang", description = "Reported in this language (fr, en).") String lang;
    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Located in this longitude/latitude box.") String bbox;
    @Option(names = "--q", paramLabel = "WORDS", description = "Words that must all appear in an evidence sentence.") String q;
    @Option(names = "--min-sources", description = "At least this many distinct outlets.") String minSources;
    @Option(names = "--mode", description = "asserted (default), negated, ..., or all.") String mode;
    @Option(names = "--sort", description = "date (default), goldstein, num_sources or num_mentions.") String sort;
    @Option(names = "--order", description = "desc (default) or asc.") String order;
    @Option(names = "--limit", description = "At most this many events (1 to 1000; default: all).") String limit;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt;
        EventFilter filter;
        try {
            fmt = ExportFormat.parse(format);
            filter = FilterParams.parse(params(), true);
        } catch (InvalidParameterException e) {
            System.err.println("parley export: --" + e.getMessage().replaceFirst("^([a-z_]+)",
                    e.parameter().replace('_', '-')));
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("parley export: " + e.getMessage());
            return 2;
        }
        if (fmt == ExportFormat.PARQUET && out == null) {
            System.err.println("parley export: --format parquet writes a binary file: give --out FILE");
            return 2;
        }
        try (Connection c = ReadOnlyStore.open(db)) {
            Exporter exporter = new Exporter(c);
            long n;
            if (fmt == ExportFormat.PARQUET) {
                n = exporter.writeParquet(filter, out);
            } else if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                n = exporter.write(fmt, filter, w);
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    n = exporter.write(fmt, filter, w);
                }
            }
            System.err.printf("parley export: %d events as %s%s%n", n, fmt.label(), out == null ? "" : " to " + out);
            return 0;
        } catch (java.sql.SQLException e) {
            System.err.println("parley export: " + (StoreInUse.isLocked(e) ? StoreInUse.message("export", db, e)
                    : e.getMessage()));
            return 1;
        }
    }

    /** The options as the API's parameter names (snake_case), so both go through the same parser. */
    private Map<String, String> params() {
        Map<String, String> p = new HashMap<>();
        p.put("actor", actor);
        p.put("source", source);
        p.put("target", target);
        p.put("country", country);
        p.put("source_country", sourceCountry);
        p.put("target_country", targetCountry);
        p.put("org", org);
        p.put("source_org", sourceOrg);
        p.put("target_org", targetOrg);
        p.put("dyad", dyad);
        p.put("either_order", eitherOrder);
        p.put("cameo", cameo);
        p.put("root", root);
        p.put("quad_class", quadClass);
        p.put("from", from);
        p.put("to", to);
        p.put("lang", lang);
        p.put("bbox", bbox);
        p.put("q", q);
        p.put("min_sources", minSources);
        p.put("mode", mode);
        p.put("sort", sort);
        p.put("order", order);
        p.put("limit", limit);
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }
}
