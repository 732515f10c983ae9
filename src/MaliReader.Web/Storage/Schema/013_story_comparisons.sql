-- The comparison of every story of the content last prepared, so that a restart on the same content and the
-- same build serves its stories without comparing them again (ReadModel/SnapshotPreparation). A cache: the rows
-- hold one content version and code version at a time, each save replaces them all, and losing them costs
-- only the time to compare again.
CREATE TABLE story_comparisons (
    story TEXT PRIMARY KEY NOT NULL,
    content_version TEXT NOT NULL,
    code_version TEXT NOT NULL,
    comparison TEXT NOT NULL
);
