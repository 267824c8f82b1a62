package parley.coding;

import java.util.List;
import parley.model.Place;

/** Words of a sentence that name a place of the gazetteer: tokens [start, end), all its readings. */
record PlaceMention(int sentence, int start, int end, int head, String text, List<Place> readings) {
}
