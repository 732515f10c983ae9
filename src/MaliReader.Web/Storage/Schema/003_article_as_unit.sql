-- The article becomes the unit of change: each content file is recorded with the hash of its bytes
-- and the version of the reading rules that produced its article, so that only what changed is
-- read again. Everything below except fingerprint_history is derived from content and is rebuilt
-- from it: the content tables are recreated empty and every file is read once more.
DROP TABLE IF EXISTS paragraph_index;
DROP TABLE IF EXISTS article_index;
DROP TABLE IF EXISTS removed_fragments;
DROP TABLE IF EXISTS paragraphs;
DROP TABLE IF EXISTS articles;
DELETE FROM meta WHERE key = 'content_hash';

-- One row per file found in the content folder, readable or not. An unreadable file keeps the
-- article of its last good version (slug) and says why it was not read (error).
CREATE TABLE content_files (
    file_name     TEXT PRIMARY KEY,
    hash          TEXT NOT NULL,
    rules_version INTEGER NOT NULL,
    slug          TEXT,
    error         TEXT
);

CREATE TABLE articles (
    slug      TEXT PRIMARY KEY,
    file_name TEXT NOT NULL UNIQUE,
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    note      TEXT,
    url       TEXT,
    published TEXT,
    story     TEXT NOT NULL,
    -- What cleaning removed, in order, as a JSON array: its shape belongs to Articles/, not to SQL.
    removed   TEXT NOT NULL,
    raw_text  TEXT NOT NULL
);

CREATE TABLE paragraphs (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    slug        TEXT NOT NULL,
    n           INTEGER NOT NULL,
    text        TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    -- The text as the index sees it (Search/SearchText.cs).
    search_text TEXT NOT NULL
);
CREATE INDEX paragraphs_by_slug ON paragraphs (slug, n);

-- Porter stemming over unicode61 with diacritics folded: "colonies" finds "colony", "Malí" finds "Mali".
-- External content over paragraphs, kept in step by the triggers below, so that replacing one
-- article touches only its own rows.
CREATE VIRTUAL TABLE paragraph_index USING fts5 (
    search_text,
    content = 'paragraphs',
    content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER paragraphs_indexed AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraph_index (rowid, search_text) VALUES (new.pk, new.search_text);
END;
CREATE TRIGGER paragraphs_unindexed AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraph_index (paragraph_index, rowid, search_text) VALUES ('delete', old.pk, old.search_text);
END;
CREATE TRIGGER paragraphs_reindexed AFTER UPDATE ON paragraphs BEGIN
    INSERT INTO paragraph_index (paragraph_index, rowid, search_text) VALUES ('delete', old.pk, old.search_text);
    INSERT INTO paragraph_index (rowid, search_text) VALUES (new.pk, new.search_text);
END;

-- Each article's whole text, indexed like its paragraphs: search weighs a paragraph by how well its
-- article as a whole answers the query, so a stray mention ranks below an article about the subject.
CREATE VIRTUAL TABLE article_index USING fts5 (
    slug UNINDEXED,
    text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
