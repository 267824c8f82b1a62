package parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the job is asked: its inputs, the output folder, the format of the events table, and (for local runs)
 * the Spark master. {@code INPUT... --out DIR [--master local[N]] [--format parquet|jsonl]}.
 *
 * @param master null on a cluster (spark-submit sets it)
 * @param jsonl true when the merged events are written as JSON lines rather than Parquet
 */
record JobOptions(List<String> inputs, String out, String master, boolean jsonl) {
    static final String USAGE = "usage: INPUT... --out DIR [--master local[N]] [--format parquet|jsonl]";

    static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String master = null;
        String format = "parquet";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
                    }
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given; " + USAGE);
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required; " + USAGE);
        }
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new IllegalArgumentException("--format: expected parquet or jsonl, got '" + format + "'");
        }
        return new JobOptions(List.copyOf(inputs), out, master, format.equals("jsonl"));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }
}
