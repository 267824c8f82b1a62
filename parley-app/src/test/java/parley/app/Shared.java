package parley.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the project and of the read-only reference folder beside it (../shared). */
final class Shared {

    private Shared() {
    }

    static Path home() {
        return Path.of(System.getProperty("parley.home", ".."));
    }

    static Path shared(String relative) {
        Path p = Path.of(System.getProperty("parley.shared", "../../shared")).resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("reference file missing: " + p
                    + " (the tests expect ../shared beside the checkout)");
        }
        return p;
    }
}
