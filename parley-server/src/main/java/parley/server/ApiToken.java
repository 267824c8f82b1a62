package parley.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Properties;

/**
 * The secret that {@code POST /api/articles} requires as {@code Authorization: Bearer TOKEN}. Taken from the
 * command line, else the environment variable PARLEY_API_TOKEN, else {@code api.token} in a properties file.
 * With none, writing through the API is disabled.
 */
public final class ApiToken {
    public static final String ENV = "PARLEY_API_TOKEN";
    public static final String PROPERTY = "api.token";

    private final String secret;

    private ApiToken(String secret) {
        this.secret = secret;
    }

    public static ApiToken of(String secret) {
        return new ApiToken(secret == null || secret.isBlank() ? null : secret.strip());
    }

    /** The first of: {@code fromCommandLine}, {@code env[PARLEY_API_TOKEN]}, {@code api.token} in {@code config}. */
    public static ApiToken resolve(String fromCommandLine, Map<String, String> env, Path config) throws IOException {
        if (fromCommandLine != null && !fromCommandLine.isBlank()) {
            return of(fromCommandLine);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return of(fromEnv);
        }
        if (config != null && Files.isRegularFile(config)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return of(p.getProperty(PROPERTY));
        }
        return of(null);
    }

    public boolean configured() {
        return secret != null;
    }

    /** Whether an Authorization header carries this token (compared in constant time). */
    public boolean accepts(String authorizationHeader) {
        if (secret == null || authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorizationHeader.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, secret.getBytes(StandardCharsets.UTF_8));
    }
}
