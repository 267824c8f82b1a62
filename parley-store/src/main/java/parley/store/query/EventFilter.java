package parley.store.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import parley.model.Mode;
import parley.store.EvidenceWords;

/**
 * Which events a query or an export wants, how they are sorted and which page. Every setter validates its value
 * and throws {@link InvalidParameterException} naming the parameter, so a filter that exists is a valid one.
 * The SQL is built from it by {@link EventSql}, with every value bound.
 */
public final class EventFilter {
    /** Most rows one page may hold. */
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;
    /** Offsets beyond this are refused: deep pages are what cursors are for. */
    public static final int MAX_OFFSET = 10_000_000;
    static final int MAX_WORDS = 10;
    static final int MAX_WORD_LENGTH = 100;

    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9]{1,40}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{1,4}");
    private static final Pattern ROOT = Pattern.compile("0[1-9]|1[0-9]|20");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    String actor;
    String source;
    String target;
    String country;
    String sourceCountry;
    String targetCountry;
    String org;
    String sourceOrg;
    String targetOrg;
    String dyadFirst;
    String dyadSecond;
    boolean dyadEitherOrder;
    String cameoPrefix;
    String root;
    Integer quadClass;
    LocalDate from;
    LocalDate to;
    String lang;
    BoundingBox bbox;
    final List<String> words = new ArrayList<>();
    Integer minSources;
    String mode = Mode.ASSERTED.label();
    SortKey sort = SortKey.DATE;
    boolean descending = true;
    Integer limit = DEFAULT_LIMIT;
    int offset;
    Cursor cursor;

    /** Actor code (e.g. RUSGOV) as source or target. */
    public EventFilter actor(String code) {
        actor = code("actor", code);
        return this;
    }

    public EventFilter source(String code) {
        source = code("source", code);
        return this;
    }

    public EventFilter target(String code) {
        target = code("target", code);
        return this;
    }

    /** Actor country (ISO-3 / CAMEO country code) of the source or the target. */
    public EventFilter country(String c) {
        country = country("country", c);
        return this;
    }

    public EventFilter sourceCountry(String c) {
        sourceCountry = country("source_country", c);
        return this;
    }

    public EventFilter targetCountry(String c) {
        targetCountry = country("target_country", c);
        return this;
    }

    /** Organisation key (UNO, NATO...) of the source or the target. */
    public EventFilter org(String o) {
        org = code("org", o);
        return this;
    }

    public EventFilter sourceOrg(String o) {
        sourceOrg = code("source_org", o);
        return this;
    }

    public EventFilter targetOrg(String o) {
        targetOrg = code("target_org", o);
        return this;
    }

    /** Events from the first actor code to the second; with {@code eitherOrder}, also from the second to the first. */
    public EventFilter dyad(String first, String second, boolean eitherOrder) {
        dyadFirst = code("dyad", first);
        dyadSecond = code("dyad", second);
        dyadEitherOrder = eitherOrder;
        return this;
    }

    /** Parses {@code A,B}. */
    public EventFilter dyad(String pair, boolean eitherOrder) {
        String[] parts = pair.split(",", -1);
        if (parts.length != 2) {
            throw new InvalidParameterException("dyad", "expected two actor codes separated by a comma, got '"
                    + Text.clip(pair) + "'");
        }
        return dyad(parts[0], parts[1], eitherOrder);
    }

    /** CAMEO codes starting with these digits: "19" is every fight, "190" only the unspecified ones. */
    public EventFilter cameo(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        if (!CAMEO.matcher(p).matches()) {
            throw new InvalidParameterException("cameo", "expected 1 to 4 digits (a CAMEO code or its start), got '"
                    + Text.clip(prefix) + "'");
        }
        cameoPrefix = p;
        return this;
    }

    /** The two-digit CAMEO root, 01 to 20 ("4" is read as "04"). */
    public EventFilter root(String r) {
        String p = r == null ? "" : r.strip();
        if (p.length() == 1) {
            p = "0" + p;
        }
        if (!ROOT.matcher(p).matches()) {
            throw new InvalidParameterException("root", "expected a CAMEO root 01 to 20, got '" + Text.clip(r) + "'");
        }
        root = p;
        return this;
    }

    public EventFilter quadClass(int q) {
        if (q < 1 || q > 4) {
            throw new InvalidParameterException("quad_class", "expected 1, 2, 3 or 4, got " + q);
        }
        quadClass = q;
        return this;
    }

    /** Events on or after this day. */
    public EventFilter from(LocalDate d) {
        from = d;
        checkDates();
        return this;
    }

    /** Events on or before this day. */
    public EventFilter to(LocalDate d) {
        to = d;
        checkDates();
        return this;
    }

    private void checkDates() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "from " + from + " is after to " + to);
        }
    }

    /** Events reported in this language (among others). */
    public EventFilter lang(String l) {
        String v = l == null ? "" : l.strip().toLowerCase(Locale.ROOT);
        if (!LANG.matcher(v).matches()) {
            throw new InvalidParameterException("lang", "expected a language code such as fr or en, got '"
                    + Text.clip(l) + "'");
        }
        lang = v;
        return this;
    }

    public EventFilter bbox(BoundingBox b) {
        bbox = b;
        return this;
    }

    /**
     * Every word (a run of letters and digits; any case, accents or not) must be a whole word of the evidence of
     * the event's mentions: looked up in the word index, see {@link EvidenceWords}.
     */
    public EventFilter words(String text) {
        words.clear();
        if (text.isBlank()) {
            return this;
        }
        for (String w : EvidenceWords.splitQuery(text)) {
            if (w.length() > MAX_WORD_LENGTH) {
                throw new InvalidParameterException("q", "a word is longer than " + MAX_WORD_LENGTH + " characters");
            }
            words.add(w);
        }
        if (words.isEmpty()) {
            throw new InvalidParameterException("q", "no word (letters or digits) in '" + Text.clip(text) + "'");
        }
        if (words.size() > MAX_WORDS) {
            words.clear();
            throw new InvalidParameterException("q", "at most " + MAX_WORDS + " words");
        }
        return this;
    }

    public EventFilter minSources(int n) {
        if (n < 1 || n > 1_000_000) {
            throw new InvalidParameterException("min_sources", "expected a number from 1 to 1000000, got " + n);
        }
        minSources = n;
        return this;
    }

    /** One mode (asserted, negated, ...), or "all" for every mode. Asserted unless set. */
    public EventFilter mode(String m) {
        String v = m == null ? "" : m.strip().toLowerCase(Locale.ROOT);
        if (v.equals("all")) {
            mode = null;
            return this;
        }
        for (Mode known : Mode.values()) {
            if (known.label().equals(v)) {
                mode = v;
                return this;
            }
        }
        throw new InvalidParameterException("mode", "expected all or one of "
                + java.util.Arrays.stream(Mode.values()).map(Mode::label).toList() + ", got '" + Text.clip(m) + "'");
    }

    public EventFilter sort(SortKey key, boolean desc) {
        sort = key;
        descending = desc;
        return this;
    }

    public EventFilter limit(int n) {
        if (n < 1 || n > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "expected 1 to " + MAX_LIMIT + ", got " + n);
        }
        limit = n;
        return this;
    }

    /** No page limit at all: for exports, which stream every matching event. */
    public EventFilter unlimited() {
        limit = null;
        return this;
    }

    public EventFilter offset(int n) {
        if (n < 0 || n > MAX_OFFSET) {
            throw new InvalidParameterException("offset", "expected 0 to " + MAX_OFFSET + ", got " + n);
        }
        if (n > 0 && cursor != null) {
            throw new InvalidParameterException("offset", "give either offset or cursor, not both");
        }
        offset = n;
        return this;
    }

    /** Continues after the last event of a previous page (see {@link EventPage#nextCursor()}). */
    public EventFilter cursor(String token) {
        Cursor c = Cursor.decode(token);
        if (offset > 0) {
            throw new InvalidParameterException("cursor", "give either offset or cursor, not both");
        }
        cursor = c;
        return this;
    }

    private static String code(String parameter, String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!ACTOR_CODE.matcher(v).matches()) {
            throw new InvalidParameterException(parameter, "expected a code of letters and digits (e.g. RUSGOV), got '"
                    + Text.clip(value) + "'");
        }
        return v;
    }

    private static String country(String parameter, String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(v).matches()) {
            throw new InvalidParameterException(parameter, "expected a country code of 2 or 3 letters (e.g. FRA), got '"
                    + Text.clip(value) + "'");
        }
        return v;
    }
}
