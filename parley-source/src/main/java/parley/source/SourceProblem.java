package parley.source;

/** Why an input gave no article, in words a user can act on; the caller names the item. */
public final class SourceProblem extends Exception {
    private final String reason;

    /**
     * @param reason a short category for summaries ("no article text", "not html", "fetch failed"...)
     * @param message the full explanation
     */
    public SourceProblem(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
