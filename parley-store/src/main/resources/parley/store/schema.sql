-- Parley's store: one DuckDB file. Documented in docs/store.md; every statement is idempotent.
--
-- articles: each article read, once (same id or same normalised text is the same article).
-- events:   one row per real-world event, after merging; the counts are kept up to date by the merger.
-- mentions: one row per report of an event: the sentence of one article that coded it.
-- ingest_log: the articles whose coding finished, so an interrupted ingest resumes where it stopped.
-- event_redirects: ids of events that a merge made vanish, and the live event that holds their mentions now.

CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
    article_id     VARCHAR PRIMARY KEY,      -- the input's id
    content_hash   VARCHAR NOT NULL UNIQUE,  -- SHA-256 (hex) of the normalised full text
    story_id       VARCHAR,                  -- near-duplicate group (wire copies share it); NULL until grouped
    url            VARCHAR,
    outlet         VARCHAR,                  -- Article.outletOrHost()
    title          VARCHAR,
    body           VARCHAR NOT NULL,
    lang           VARCHAR,                  -- fr, en
    published      DATE,
    ingested_at    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,     -- stable: the id of the first mention that created it
    source_code     VARCHAR NOT NULL,        -- CAMEO actor code, e.g. RUSGOV
    source_name     VARCHAR,
    source_country  VARCHAR,                 -- ISO-3 / CAMEO country code, or NULL
    source_org      VARCHAR,                 -- organisation key (UNO, NATO...), or NULL
    source_sector   VARCHAR,                 -- GOV, MIL, REB... or NULL
    target_code     VARCHAR,                 -- NULL for untargeted events
    target_name     VARCHAR,
    target_country  VARCHAR,
    target_org      VARCHAR,
    target_sector   VARCHAR,
    cameo           VARCHAR NOT NULL,        -- most specific code among the mentions
    root            VARCHAR NOT NULL,        -- two-digit root
    quad_class      INTEGER NOT NULL,        -- 1..4
    goldstein       DOUBLE NOT NULL,
    plover          VARCHAR,
    mode            VARCHAR NOT NULL,        -- asserted, negated, ...
    event_date      DATE,                    -- the text's date of the event, else the article's publication date
    date_precision  VARCHAR,                 -- day, week, month, year; 'published' when taken from the article
    place_name      VARCHAR,
    place_country   VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    place_precision VARCHAR,                 -- city, region, country
    place_id        VARCHAR,                 -- gazetteer id
    num_mentions    INTEGER NOT NULL,        -- reports (mentions) of this event
    num_sources     INTEGER NOT NULL,        -- distinct outlets among them
    num_articles    INTEGER NOT NULL,        -- distinct articles (wire copies of one story count once)
    first_seen      TIMESTAMP NOT NULL,      -- first ingest of a mention
    last_seen       TIMESTAMP NOT NULL,
    langs           VARCHAR NOT NULL,        -- languages of the mentions, sorted, comma-separated: "en,fr"
    card            VARCHAR                  -- the columns above as one JSON object, what an event list reads (EventCards)
);

CREATE TABLE IF NOT EXISTS mentions (
    mention_id      VARCHAR PRIMARY KEY,     -- the coder's event_id (stable for the same input)
    event_id        VARCHAR NOT NULL,        -- the merged event
    article_id      VARCHAR NOT NULL,
    lang            VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,        -- the evidence sentence
    evidence_start  INTEGER NOT NULL,        -- character offsets in the article's full text (title, blank line, body)
    evidence_end    INTEGER NOT NULL,
    source_text     VARCHAR,
    target_text     VARCHAR,
    place_text      VARCHAR,
    cameo           VARCHAR NOT NULL,        -- this report's own code
    mention_date    DATE,
    date_precision  VARCHAR,
    trig            VARCHAR,                 -- trigger lemma
    rule            VARCHAR,                 -- lexicon entry id
    confidence      DOUBLE NOT NULL,
    ingested_at     TIMESTAMP NOT NULL,
    mode            VARCHAR,                 -- this report's own mode, sides and place, which merging reads (the
    source_code     VARCHAR,                 -- event keeps the most specific of its mentions'). NULL only in a
    source_name     VARCHAR,                 -- store made before them until it is next opened: then they are
    source_country  VARCHAR,                 -- copied from the mention's event
    source_org      VARCHAR,
    source_sector   VARCHAR,
    target_code     VARCHAR,
    target_name     VARCHAR,
    target_country  VARCHAR,
    target_org      VARCHAR,
    target_sector   VARCHAR,
    place_name      VARCHAR,
    place_country   VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    place_precision VARCHAR,
    place_id        VARCHAR,
    merge_block     VARCHAR                  -- EventMerger.block: mode, root class, the two sides' countries sorted
);

CREATE TABLE IF NOT EXISTS ingest_log (
    article_id   VARCHAR PRIMARY KEY,
    finished_at  TIMESTAMP NOT NULL,
    num_mentions INTEGER NOT NULL
);

-- evidence_words: the word index of the mentions' sentences, for the API's q (parley.store.EvidenceWords).
-- One row per word (letters and digits, lower case, accents stripped) of a mention and the event it reports;
-- filled with each mention, in its transaction. A store made before this table is backfilled once on opening.
CREATE TABLE IF NOT EXISTS evidence_words (
    word      VARCHAR NOT NULL,
    event_id  VARCHAR NOT NULL
);

CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_root ON events (root);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
-- A store made before the mentions had their own sides gets the columns here (filled by Database.open).
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS mode VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_code VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_name VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_country VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_org VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_sector VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_code VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_name VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_country VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_org VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_sector VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS place_name VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS place_country VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS lat DOUBLE;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS lon DOUBLE;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS place_precision VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS place_id VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS merge_block VARCHAR;
CREATE INDEX IF NOT EXISTS mentions_block ON mentions (merge_block);

-- feed_items: feed entries `parley watch --db` has handled, so a restarted watcher fetches only new ones.
CREATE TABLE IF NOT EXISTS feed_items (
    feed     VARCHAR NOT NULL,
    item_id  VARCHAR NOT NULL,
    seen_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (feed, item_id)
);

-- event_redirects: an event id a later merge made vanish (its mentions joined another event, or its lead changed)
-- and the live event that now holds most of its mentions, so a link to the old id still leads somewhere.
CREATE TABLE IF NOT EXISTS event_redirects (
    old_id        VARCHAR PRIMARY KEY,
    new_id        VARCHAR NOT NULL,
    redirected_at TIMESTAMP NOT NULL
);
