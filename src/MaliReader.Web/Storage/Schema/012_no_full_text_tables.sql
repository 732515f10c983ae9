-- Search answers from an index built in memory for each content snapshot (Search/SearchIndex.cs) and
-- reads none of the full-text tables, yet writing them was most of what a first load cost. They go,
-- with their triggers and the paragraphs' text as analysed for them. The paragraphs' own text stays:
-- a benchmark or a tool can build a full-text table from it whenever it needs one.
DROP TRIGGER IF EXISTS paragraphs_indexed;
DROP TRIGGER IF EXISTS paragraphs_unindexed;
DROP TRIGGER IF EXISTS paragraphs_reindexed;
DROP TRIGGER IF EXISTS paragraph_words_insert;
DROP TRIGGER IF EXISTS paragraph_words_delete;
DROP TRIGGER IF EXISTS paragraph_words_update;
DROP TABLE IF EXISTS paragraph_index;
DROP TABLE IF EXISTS paragraph_words;
DROP TABLE IF EXISTS article_index;
ALTER TABLE paragraphs DROP COLUMN search_text;
