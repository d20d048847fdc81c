package data

import (
	"context"
	"time"
)

// checkpointAfter is how long the store waits after a save, with no save
// after it, before it copies the write-ahead log into the database file.
//
// A save reaches the -wal file beside the database, and SQLite copies the
// log into the file only once it holds 1,000 pages (about 4 MB): a day's
// work stayed in the log alone. A user who copies pacer.db while Pacer
// runs (to a USB stick, by a sync folder that uploads the file without
// its log) got a file without that work. After the checkpoint the file
// holds every save, and a copy of it too.
const checkpointAfter = 2 * time.Second

// checkpointSoon has the store checkpoint checkpointAfter after this
// call, unless another comes first or the store closes.
func (s *Store) checkpointSoon() { s.ckpt.soon(checkpointAfter, s.timedCheckpoint) }

// timedCheckpoint copies the log into the file. PASSIVE never waits for
// another program's lock, nor blocks its readers and writers: what it
// cannot copy now stays in the log, read from there, and goes at the next
// checkpoint or when the store closes. Its failure is therefore no
// failure of a save, and is not reported.
func (s *Store) timedCheckpoint() {
	ctx, cancel := context.WithTimeout(context.Background(), foldWait)
	defer cancel()
	if s.checkMap(ctx) != nil { // a use of the connection, as file_map.go asks
		return
	}
	_, _ = s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`)
}
