-- Articles as cleaned at load time, their paragraphs, what cleaning removed, and a full-text index.
-- Rebuilt from content/ in one transaction whenever the content changes.
CREATE TABLE articles (
    slug      TEXT PRIMARY KEY,
    file_name TEXT NOT NULL UNIQUE,
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    note      TEXT,
    url       TEXT,
    published TEXT,
    story     TEXT NOT NULL,
    raw_text  TEXT NOT NULL
);

CREATE TABLE paragraphs (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    slug        TEXT NOT NULL,
    n           INTEGER NOT NULL,
    text        TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);
CREATE INDEX paragraphs_by_slug ON paragraphs (slug, n);

CREATE TABLE removed_fragments (
    slug     TEXT NOT NULL,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    rule     TEXT NOT NULL,
    PRIMARY KEY (slug, position)
);

-- Porter stemming over unicode61 with diacritics folded: "colonies" finds "colony", "Malí" finds "Mali".
CREATE VIRTUAL TABLE paragraph_index USING fts5 (
    text,
    content = 'paragraphs',
    content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Every paragraph text an article has ever had, by fingerprint, so that old links can be answered
-- after an edit. Never cleared by a rebuild.
CREATE TABLE fingerprint_history (
    slug        TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    text        TEXT NOT NULL,
    last_n      INTEGER NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    PRIMARY KEY (slug, fingerprint)
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
