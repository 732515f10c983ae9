-- Each article's whole text, indexed like its paragraphs: search weighs a paragraph by how well its
-- article as a whole answers the query, so a stray mention ranks below an article about the subject.
CREATE VIRTUAL TABLE article_index USING fts5 (
    slug UNINDEXED,
    text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
