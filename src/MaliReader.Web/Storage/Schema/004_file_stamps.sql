-- A file's size and modification time when it was last read, so that a restart with the same files
-- reads none of them: only a file whose size or time differs is hashed again.
ALTER TABLE content_files ADD COLUMN length INTEGER NOT NULL DEFAULT -1;
ALTER TABLE content_files ADD COLUMN modified_ticks INTEGER NOT NULL DEFAULT -1;
