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

MIGRATIONS.append(("0004_review", """
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
