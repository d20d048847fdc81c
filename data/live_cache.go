package data

import (
	"context"
	"fmt"
	"pacer/app"
	"sync"
	"sync/atomic"
)

// The dashboard and the reviews read a few rows of every goal's running
// totals on each refresh: at 2,000 goals × 10 years that was 15 ms of the
// dashboard's 22 and 40 ms of a review's 45 after one check-in, which
// changes the rows of one goal. A store keeps what those reads found, per
// goal, and rereads only the goals written to since.
//
// Which goals were written is noted by temporary triggers on the store's
// one connection: every check-in, history value and stale-totals mark
// written through it (the screens, imports and the team sync all write
// through it) adds its goal to a temporary table, in the same
// transaction, so a write rolled back notes nothing. What the triggers do
// not see drops everything kept: a commit by another program (it changes
// PRAGMA data_version), a change of goals or plans whose goals the file
// does not name (setup_changes.go; the goals it names are read again),
// and a new connection, or a bulk import that dropped the triggers to
// save their cost (dropLiveTriggers), which lacks them. Every
// use of the cache happens inside a read transaction, while that
// transaction holds the store's one connection, so no write can come
// between what is read from the file and what is kept of it.

// liveTriggerCount is how many pacer_live_* triggers qArmLive creates.
const liveTriggerCount = 7

// qArmLive creates the temporary table of goals written and the triggers
// that fill it: one for each change of a check-in or history value.
var qArmLive = append([]string{`CREATE TEMP TABLE IF NOT EXISTS pacer_live_touched (
		seq INTEGER PRIMARY KEY AUTOINCREMENT, goal_id INTEGER NOT NULL)`},
	append(noteGoalTriggers("checkin", "checkins"), noteGoalTriggers("history", "history_values")...)...)

// noteGoalTriggers returns the statements creating the triggers named
// pacer_live_<name>_insert, _update and _delete on table, which note the
// goal of each row written, before and after an update.
func noteGoalTriggers(name, table string) []string {
	head := `CREATE TEMP TRIGGER IF NOT EXISTS pacer_live_` + name + `_%s AFTER %s ON main.` + table + ` BEGIN
		INSERT INTO pacer_live_touched (goal_id) %s; END`
	return []string{
		fmt.Sprintf(head, "insert", "INSERT", "VALUES (NEW.goal_id)"),
		fmt.Sprintf(head, "update", "UPDATE", "SELECT OLD.goal_id UNION SELECT NEW.goal_id"),
		fmt.Sprintf(head, "delete", "DELETE", "VALUES (OLD.goal_id)"),
	}
}

// qArmLiveStale is the trigger for the stale marks, on a schema that has
// them (migration 5); it completes liveTriggerCount.
const qArmLiveStale = `CREATE TEMP TRIGGER IF NOT EXISTS pacer_live_stale AFTER INSERT ON main.checkin_totals_stale BEGIN
	INSERT INTO pacer_live_touched (goal_id) VALUES (NEW.goal_id); END`

// qLiveState reads, in a read transaction, what tells whether the kept
// rows still hold: other programs' commits, the setup generation, the
// triggers in place and the latest goal noted.
const qLiveState = `SELECT (SELECT data_version FROM pragma_data_version), (SELECT g FROM setup_generation),
	(SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'pacer_live_*'),
	(SELECT coalesce(max(seq), 0) FROM temp.pacer_live_touched)`

// qLiveTouched lists the goals noted after a sequence number.
const qLiveTouched = `SELECT DISTINCT goal_id FROM temp.pacer_live_touched WHERE seq > ?`

// livePruneAfter is how many noted goals may pile up before the ones
// already read are deleted.
const livePruneAfter = 1024

// liveCache is what a store keeps of its running-totals reads. armed is
// set once the triggers were created on the connection; everything else
// is guarded by mu, which is only taken while a transaction holds the
// connection.
type liveCache struct {
	armed atomic.Bool
	// rearmed is set when the triggers were created again: what was
	// written while they were missing is unknown.
	rearmed atomic.Bool
	pruned  atomic.Int64 // the notes up to this sequence number are deleted

	mu      sync.Mutex
	valid   bool // the kept rows agree with the file as of version, gen and seen
	version int64
	gen     int64
	seen    int64
	totals  liveTable[app.ValueTotals]
	sums    liveTable[app.ReviewSums]
	due     liveTable[dueRow]
}

// liveState is what qLiveState read.
type liveState struct {
	version, gen, triggers, latest int64
}

// arm creates the temporary table and triggers on the store's connection
// when they may be missing, and deletes the notes already read once they
// pile up. It runs outside any transaction: a read transaction ends in a
// rollback, which would undo both. On failure the reads go uncached.
func (s *Store) armLive(ctx context.Context) {
	if s.checkMap(ctx) != nil {
		return // the transaction after fails the same way
	}
	c := &s.live
	if !c.armed.Load() {
		// Set first: each statement below hands the connection back, and a
		// read that gets it once the last has run must drop what is kept.
		c.rearmed.Store(true)
		for _, q := range append(qArmLive, qArmLiveStale) {
			if _, err := s.db.ExecContext(ctx, q); err != nil {
				return // an older schema in tests, or a closed store
			}
		}
		c.armed.Store(true)
		return
	}
	c.mu.Lock()
	seen := c.seen
	c.mu.Unlock()
	if seen-c.pruned.Load() > livePruneAfter {
		// AUTOINCREMENT keeps the next sequence numbers above seen.
		if _, err := s.db.ExecContext(ctx, `DELETE FROM temp.pacer_live_touched WHERE seq <= ?`, seen); err == nil {
			c.pruned.Store(seen)
		}
	}
}

// dropLiveTriggers drops the triggers in write transaction t, before a
// write of many check-ins that they would slow down; the next read finds
// them missing, drops what the cache keeps and creates them again. A
// rollback of t restores them.
func (s *Store) dropLiveTriggers(ctx context.Context, t *tx) error {
	rows, err := t.QueryContext(ctx, `SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'pacer_live_*'`)
	if err != nil {
		return wrapf(err, "list live triggers")
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return wrapf(err, "list live triggers")
		}
		names = append(names, n)
	}
	rows.Close()
	for _, n := range names {
		if _, err := t.ExecContext(ctx, `DROP TRIGGER temp.`+n); err != nil {
			return wrapf(err, "drop live trigger")
		}
	}
	// A read queued behind t that finds them made again by another read's
	// armLive, before that one is through, must not trust what is kept.
	s.live.rearmed.Store(true)
	s.live.armed.Store(false)
	return nil
}

// sync brings the cache up to date with the file as read transaction t
// sees it, and tells whether t's reads may use it. Called with c.mu held.
func (c *liveCache) sync(ctx context.Context, t *tx) (bool, error) {
	var st liveState
	err := t.queryRow(ctx, qLiveState).Scan(&st.version, &st.gen, &st.triggers, &st.latest)
	if err != nil || st.triggers != liveTriggerCount {
		// No table (a new connection) or triggers missing: nothing written
		// since they went is known, so nothing kept can be trusted.
		c.valid = false
		c.armed.Store(false)
		return false, nil
	}
	if c.rearmed.Swap(false) || !c.valid || st.version != c.version {
		c.reset(st)
		return true, nil
	}
	if st.gen != c.gen {
		// Goals or plans changed: the rows of the goals changed are read
		// again (a goal's cadence picks its rows), the others kept.
		changed, ok, err := setupChangesSince(ctx, t, c.gen, st.gen)
		if err != nil {
			c.valid = false
			return false, err
		}
		if !ok {
			c.reset(st)
			return true, nil
		}
		c.totals.forget(changed)
		c.sums.forget(changed)
		c.due.forget(changed)
		c.gen = st.gen
	}
	if st.latest == c.seen {
		return true, nil
	}
	touched, err := queryAll(ctx, t, func(sc scanner) (int64, error) {
		var id int64
		return id, sc.Scan(&id)
	}, qLiveTouched, c.seen)
	if err != nil {
		c.valid = false
		return false, wrapf(err, "read goals written")
	}
	c.totals.forget(touched)
	c.sums.forget(touched)
	c.due.forget(touched)
	c.seen = st.latest
	return true, nil
}

// reset drops every row kept: they hold from the state st on.
func (c *liveCache) reset(st liveState) {
	c.totals.clear()
	c.sums.clear()
	c.due.clear()
	c.valid, c.version, c.gen, c.seen = true, st.version, st.gen, st.latest
}

// liveTable keeps the rows of one kind of read, per key (the read's
// arguments, but for the goals; the due counts have one key and keep
// each goal's arguments, its span, in its row), for every goal: a goal missing from an
// entry's rows had no row, unless it is dirty, to be read again.
type liveTable[T any] struct {
	entries map[string]*liveEntry[T]
	order   []string // keys, oldest first
}

// liveEntry is the rows of one key. changed says they were read from
// the totals since the entry was made, rather than all kept by the file
// (review_kept.go).
type liveEntry[T any] struct {
	rows    map[int64]T
	dirty   map[int64]bool
	changed bool
}

// liveSeed returns the rows of a key new to a table as the file keeps
// them, with the goals whose rows it does not know, to be read; false
// when the file keeps none.
type liveSeed[T any] func() (rows map[int64]T, unknown []int64, ok bool)

// liveEntriesKept bounds the keys a table keeps: a dashboard keeps one
// key a day it is shown as of, a review one per period and cadence.
const liveEntriesKept = 24

func (l *liveTable[T]) clear() {
	l.entries, l.order = nil, nil
}

// forget marks the goals dirty in every entry.
func (l *liveTable[T]) forget(goals []int64) {
	for _, e := range l.entries {
		for _, id := range goals {
			delete(e.rows, id)
			e.dirty[id] = true
		}
	}
}

// read returns every goal's row for key: the rows kept, with the dirty
// goals read again by read(ids), or, when the key is new, those the file
// keeps (seed, when not nil) with the others read by read(ids), else all
// of them by read(nil). The goals of stale are left dirty (and their rows out):
// their totals are being recomputed. The map returned is the cache's
// own: cachedRead hands it on only while it holds the cache.
func (l *liveTable[T]) read(key string, stale []int64, seed liveSeed[T], read func(ids []int64) (map[int64]T, error)) (map[int64]T, error) {
	e := l.entries[key]
	if e == nil {
		var err error
		if e, err = newEntry(seed, read); err != nil {
			return nil, err
		}
		l.add(key, e)
	}
	if len(e.dirty) > 0 {
		ids := make([]int64, 0, len(e.dirty))
		for id := range e.dirty {
			ids = append(ids, id)
		}
		rows, err := read(ids)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if r, ok := rows[id]; ok {
				e.rows[id] = r
			} else {
				delete(e.rows, id)
			}
		}
		clear(e.dirty)
		e.changed = true
	}
	for _, id := range stale {
		delete(e.rows, id)
		e.dirty[id] = true
	}
	return e.rows, nil
}

// newEntry is the entry of a key new to a table: the file's rows with
// the goals it does not know dirty, or every goal's rows read.
func newEntry[T any](seed liveSeed[T], read func(ids []int64) (map[int64]T, error)) (*liveEntry[T], error) {
	if seed != nil {
		if rows, unknown, ok := seed(); ok {
			e := &liveEntry[T]{rows: rows, dirty: make(map[int64]bool, len(unknown))}
			for _, id := range unknown {
				e.dirty[id] = true
			}
			return e, nil
		}
	}
	rows, err := read(nil)
	if err != nil {
		return nil, err
	}
	return &liveEntry[T]{rows: rows, dirty: map[int64]bool{}, changed: true}, nil
}

// add keeps e under key, dropping the oldest key past liveEntriesKept.
func (l *liveTable[T]) add(key string, e *liveEntry[T]) {
	if l.entries == nil {
		l.entries = map[string]*liveEntry[T]{}
	}
	if len(l.order) >= liveEntriesKept {
		delete(l.entries, l.order[0])
		l.order = l.order[1:]
	}
	l.entries[key] = e
	l.order = append(l.order, key)
}

// cachedRead runs read through table for key when t's reads may use the
// cache, and straight from the file otherwise, and hands the rows to use
// while it holds the cache: a caller whose context is cancelled has lost
// the connection by then, and another read may be changing the rows.
func cachedRead[T any](ctx context.Context, s *Store, t *tx, table func(*liveCache) *liveTable[T], key string,
	stale []int64, seed liveSeed[T], read func(ids []int64) (map[int64]T, error), use func(map[int64]T)) error {
	c := &s.live
	c.mu.Lock()
	defer c.mu.Unlock()
	ok, err := c.sync(ctx, t)
	if err != nil {
		return err
	}
	var rows map[int64]T
	if ok {
		rows, err = table(c).read(key, stale, seed, read)
	} else {
		rows, err = read(nil)
	}
	if err != nil {
		return err
	}
	use(rows)
	return nil
}
