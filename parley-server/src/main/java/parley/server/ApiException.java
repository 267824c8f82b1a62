package parley.server;

/** A request the API answers with this HTTP status and message (as JSON {error, status}). */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
