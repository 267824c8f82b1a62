package parley.model;

import java.util.Locale;

/** Whether the text reports an event as having happened. Only ASSERTED events are output by default. */
public enum Mode {
    ASSERTED, NEGATED, FAILED, HYPOTHETICAL, FUTURE, QUESTION, DENIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
