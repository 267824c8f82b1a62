package parley.app.eval;

import java.util.List;

/**
 * One event of a gold file (format: ../shared/README.md): source and target keys, acceptable roots,
 * whether a coder must find it, and where it happened (lat/lon may be null).
 */
public record GoldEvent(String source, String target, List<String> roots, boolean required, String quote,
                        String placeName, Double lat, Double lon) {

    public boolean hasPlace() {
        return placeName != null || lat != null;
    }
}
