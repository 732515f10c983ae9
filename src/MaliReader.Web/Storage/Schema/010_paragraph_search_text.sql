-- Until the store's restructure lands: each paragraph's search text (SearchText.Of its text), and
-- forgetting the stored content hash so that the next start re-reads content and fills it.
ALTER TABLE paragraphs ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
DELETE FROM meta WHERE key = 'content_hash';
