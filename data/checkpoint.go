package data

import (
	"context"
	"sync"
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

// checkpointer runs a store's checkpoint once saves pause.
type checkpointer struct {
	// running is held while a checkpoint runs, for Close to wait on: a
	// connection closed after Close returned would remove a -wal file
	// that a store opened meanwhile on the same path owns.
	running sync.Mutex
	mu      sync.Mutex
	timer   *time.Timer
	closed  bool
	after   time.Duration // the wait when not checkpointAfter; tests shorten it
}

// checkpointSoon has the store checkpoint checkpointAfter after this
// call, unless another comes first or the store closes.
func (s *Store) checkpointSoon() {
	c := &s.ckpt
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	after := c.after
	if after == 0 {
		after = checkpointAfter
	}
	if c.timer != nil {
		c.timer.Reset(after)
		return
	}
	c.timer = time.AfterFunc(after, s.timedCheckpoint)
}

// timedCheckpoint copies the log into the file. PASSIVE never waits for
// another program's lock, nor blocks its readers and writers: what it
// cannot copy now stays in the log, read from there, and goes at the next
// checkpoint or when the store closes. Its failure is therefore no
// failure of a save, and is not reported.
func (s *Store) timedCheckpoint() {
	c := &s.ckpt
	c.running.Lock()
	defer c.running.Unlock()
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), foldWait)
	defer cancel()
	if s.checkMap(ctx) != nil { // a use of the connection, as file_map.go asks
		return
	}
	_, _ = s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`)
}

// stopCheckpoints stops the timed checkpoint and waits for one that is
// running; closing checkpoints anyway.
func (s *Store) stopCheckpoints() {
	c := &s.ckpt
	c.running.Lock() // after a running checkpoint, as timedCheckpoint takes it
	defer c.running.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.timer != nil {
		c.timer.Stop()
	}
}
