package parley.store.query;

/** A query parameter with a value Parley refuses; the message names the parameter and says what is allowed. */
public final class InvalidParameterException extends IllegalArgumentException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The parameter's name as the API spells it (snake_case), e.g. {@code min_sources}. */
    public String parameter() {
        return parameter;
    }
}
