package parley.store.query;

/** Small text helpers for messages and LIKE patterns. */
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

    /** Escapes LIKE's wildcards and the escape character itself; the pattern is used with ESCAPE '\'. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
