-- A file's status-change time (ctime) and inode when it was last read. A copy that keeps sizes
-- and times (cp -p, rsync -a, tar) cannot keep these, so a restart on a restored folder reads its files again rather
-- than trusting size and time alone. Rows stored before this step have none (-1): each such file is read again once,
-- and stored anew only if its bytes differ.
ALTER TABLE content_files ADD COLUMN changed_ticks INTEGER NOT NULL DEFAULT -1;
ALTER TABLE content_files ADD COLUMN inode INTEGER NOT NULL DEFAULT 0;
-- Not the device number: the system gives a file system another one each time it is mounted (a container's volume, a
-- network share, a disk mounted again), and a restart would then read every unchanged file again.
