"""Named schema migrations, applied in order and recorded in ``migrations``.

Never edit a migration that has shipped: add a new one.
"""

MIGRATIONS = [
    ("0001_initial", """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT, byline TEXT, published TEXT, url TEXT, outlet TEXT, language TEXT,
    text TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',      -- JSON: passages cleaning dropped, with the reason
    record TEXT NOT NULL,                    -- JSON: the full contract record
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    plover_type TEXT, plover_mode TEXT,
    status TEXT NOT NULL,
    date TEXT, date_end TEXT, time_precision INTEGER,
    actor1 TEXT, actor1_inter INTEGER, actor2 TEXT, actor2_inter INTEGER,
    location TEXT, geonameid INTEGER, latitude REAL, longitude REAL,
    admin1 TEXT, country TEXT, geo_precision INTEGER,
    fatalities INTEGER, injured INTEGER, arrested INTEGER,
    confidence REAL,
    evidence TEXT NOT NULL DEFAULT '[]'     -- JSON list of {start, end} into articles.text
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(event_type, sub_event_type);
CREATE INDEX events_date ON events(date);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT,
    kind TEXT NOT NULL, value INTEGER, low INTEGER, high INTEGER, qualifier TEXT,
    claimant_name TEXT, claimant_canonical TEXT, claimant_type TEXT, cue TEXT,
    evidence TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_event ON claims(event_id);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT,
    text TEXT NOT NULL, speaker_name TEXT, speaker_canonical TEXT, medium TEXT,
    evidence TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    name TEXT NOT NULL, geonameid INTEGER, latitude REAL, longitude REAL,
    feature TEXT, admin1 TEXT, country TEXT,
    PRIMARY KEY (article_id, start, "end")
);
CREATE TABLE failures (
    source TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    failed_at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""),
]

MIGRATIONS.append(("0002_links", """
ALTER TABLE articles ADD COLUMN simhash INTEGER;
ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
CREATE TABLE article_bands (
    band INTEGER NOT NULL, value INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, value, article_id)
);
ALTER TABLE events ADD COLUMN cluster_id TEXT;   -- the first stored event this one is the same as
CREATE INDEX events_cluster ON events(cluster_id);
"""))

MIGRATIONS.append(("0003_source_id", """
ALTER TABLE articles ADD COLUMN source_id TEXT;   -- the id the input gave the document; the article id is a content hash
CREATE INDEX articles_source_id ON articles(source_id);
"""))

# Canonical events (issue 15). The simhash near-duplicates and the per-event cluster_id of 0002 are
# replaced: copies by MinHash LSH (article_prints, article_lsh; articles.duplicate_of stays the
# original a report copies), the same event across reports by mentions linked into canonical
# events. Stores made before this are linked again by SQLiteStore.migrate (see vigil.store.links).
MIGRATIONS.append(("0004_canonical", """
DROP INDEX IF EXISTS events_cluster;
ALTER TABLE events DROP COLUMN cluster_id;
DROP TABLE IF EXISTS article_bands;
ALTER TABLE articles DROP COLUMN simhash;
CREATE TABLE article_prints (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    shingles INTEGER NOT NULL,              -- distinct word 3-shingles
    signature BLOB NOT NULL,                -- MinHash values, 128 x uint64
    ord INTEGER NOT NULL                    -- the order articles were filed in (the older is the original)
);
CREATE TABLE article_lsh (
    band INTEGER NOT NULL, key INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
CREATE TABLE mentions (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,                   -- linking order; ties go to the older
    canonical_id TEXT,                      -- NULL: not linkable (historical, planned, no date or place)
    score REAL,                             -- the link's score; NULL when it founded its canonical event
    reasons TEXT NOT NULL DEFAULT '[]',     -- JSON list of the decision's reasons
    matched_event_id TEXT,                  -- the event it scored best against
    decided_by TEXT NOT NULL DEFAULT 'linker',   -- or 'reviewer'
    mention TEXT NOT NULL                   -- JSON: vigil.link.mention.Mention
);
CREATE INDEX mentions_canonical ON mentions(canonical_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE mention_keys (
    key TEXT NOT NULL,                      -- family|day|place key (vigil.link.linker.block_keys)
    event_id TEXT NOT NULL REFERENCES mentions(event_id) ON DELETE CASCADE,
    PRIMARY KEY (key, event_id)
) WITHOUT ROWID;
CREATE TABLE canonical_events (
    id TEXT PRIMARY KEY,
    founder_event_id TEXT NOT NULL,
    status TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    date TEXT, time_precision INTEGER,
    location TEXT, admin1 TEXT, country TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
    fatalities INTEGER, injured INTEGER, arrested INTEGER,
    sources INTEGER NOT NULL,               -- independent sources
    reports INTEGER NOT NULL,               -- reports (mentions) of any kind, copies and denials included
    disputed INTEGER NOT NULL,              -- 1: a figure is disputed or a report denies the event
    record TEXT NOT NULL,                   -- JSON: vigil.link.canonical.CanonicalEvent
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX canonical_sources ON canonical_events(sources);
CREATE INDEX canonical_date ON canonical_events(date);
CREATE TABLE link_decisions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    event_a TEXT NOT NULL, event_b TEXT NOT NULL,
    reviewer TEXT, note TEXT,
    decided_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE canonical_redirects (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);
"""))

# Review (issue 12): reviewers' corrections, the audit log, accounts, the session-signing secret.
MIGRATIONS.append(("0005_review", """
-- Reviewers' corrections live apart from the machine's output and are applied on read: re-ingesting or
-- re-extracting an article rewrites its events, never these. No foreign key: a correction outlives the row.
CREATE TABLE corrections (
    event_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,                              -- JSON: the reviewed value
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    comment TEXT,
    PRIMARY KEY (event_id, field)
);
CREATE TABLE audit (                         -- every change, never rewritten: who, when, field, before, after
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    field TEXT NOT NULL,
    before TEXT, after TEXT,                 -- JSON
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    comment TEXT
);
CREATE INDEX audit_event ON audit(event_id);
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'admin')),
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX events_country ON events(country, admin1);
CREATE INDEX events_latlon ON events(latitude, longitude);
"""))

# Scale (issue 13): every stored report asks for the next filing order of its prints and mentions
# (max(ord)); without an index that read the whole table, so each report cost time in proportion
# to the store's size (measured: 30 ms a report at 30,000 reports, 0.1 ms with the index).
MIGRATIONS.append(("0006_order_indexes", """
CREATE INDEX IF NOT EXISTS article_prints_ord ON article_prints(ord);
CREATE INDEX IF NOT EXISTS mentions_ord ON mentions(ord);
"""))
