package parley.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenTest {

    @Test
    void commandLineBeatsEnvironmentWhichBeatsTheConfigFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("parley.properties");
        Files.writeString(config, "api.token = from-file\n");
        Map<String, String> env = Map.of(ApiToken.ENV, "from-env");

        ApiToken cli = ApiToken.resolve("from-cli", env, config);
        assertTrue(cli.accepts("Bearer from-cli"));
        assertFalse(cli.accepts("Bearer from-env"));

        ApiToken fromEnv = ApiToken.resolve(null, env, config);
        assertTrue(fromEnv.accepts("Bearer from-env"));

        ApiToken fromFile = ApiToken.resolve(null, Map.of(), config);
        assertTrue(fromFile.accepts("Bearer from-file"));
        assertFalse(fromFile.accepts("from-file"), "the Bearer scheme is required");
        assertFalse(fromFile.accepts("Bearer from-fil"));

        ApiToken none = ApiToken.resolve(" ", Map.of(), dir.resolve("absent.properties"));
        assertFalse(none.configured());
        assertFalse(none.accepts("Bearer "), "no token configured accepts nothing, not even an empty one");
    }
}
