package parley.store.query;

/** Values quoted back in error messages. */
final class Text {
    private Text() {
    }

    /** A value quoted back in an error message, cut short so a huge parameter does not make a huge reply. */
    static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
