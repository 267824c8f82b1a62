package parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. The only class that ends the process. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1.0",
        description = "Turns French and English news into CAMEO-coded political events, with evidence.",
        subcommands = {CodeCommand.class, IngestCommand.class, EvalCommand.class, WatchCommand.class, DemoCommand.class,
                ServeCommand.class, ExportCommand.class, RemergeCommand.class, EvalActorsCommand.class, EvalPloverCommand.class, BenchCommand.class, ApiBenchCommand.class, StoreBenchCommand.class, ParseCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
