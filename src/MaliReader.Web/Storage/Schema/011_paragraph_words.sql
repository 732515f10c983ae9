-- Search's index of paragraph words as written (no stemming): forms from SearchText.Of, so that an
-- exact form can be told from a word that only shares its stem ("news" is not "new"), and a prefix
-- longer than a stem ("governm*") still finds its words. Which forms count as the same word is
-- decided by search from the articles' vocabulary. Kept in step with paragraphs by triggers.
CREATE VIRTUAL TABLE paragraph_words USING fts5 (
    search_text,
    content = 'paragraphs',
    content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER paragraph_words_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraph_words (rowid, search_text) VALUES (new.pk, new.search_text);
END;

CREATE TRIGGER paragraph_words_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraph_words (paragraph_words, rowid, search_text) VALUES ('delete', old.pk, old.search_text);
END;

CREATE TRIGGER paragraph_words_update AFTER UPDATE OF search_text ON paragraphs BEGIN
    INSERT INTO paragraph_words (paragraph_words, rowid, search_text) VALUES ('delete', old.pk, old.search_text);
    INSERT INTO paragraph_words (rowid, search_text) VALUES (new.pk, new.search_text);
END;

INSERT INTO paragraph_words (paragraph_words) VALUES ('rebuild');
