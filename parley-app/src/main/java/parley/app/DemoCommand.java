package parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Codes the sample articles bundled in samples/ and prints their events as JSON lines.")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Path samples = Path.of(System.getProperty("parley.home", "."), "samples");
        if (!Files.isDirectory(samples)) {
            System.err.println("parley: sample folder not found: " + samples);
            return 1;
        }
        System.err.println("parley: coding the sample articles in " + samples);
        BatchCoder.Summary summary = new BatchCoder(Engine.parley(), System.out, System.err, false)
                .run(List.of(samples.toString()), new ArticleReader(null));
        System.err.println(summary);
        return summary.coded() == 0 ? 1 : 0;
    }
}
