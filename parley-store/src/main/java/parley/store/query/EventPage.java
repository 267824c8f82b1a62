package parley.store.query;

import java.util.List;
import java.util.Map;

/**
 * One page of events: how many match in all (null when not counted), the page's size and position, its events,
 * and the cursor that continues after it (null when this page is the last).
 */
public record EventPage(Long total, int limit, int offset, List<Map<String, Object>> events, String nextCursor) {
}
