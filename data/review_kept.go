package data

import (
	"context"
	"database/sql"
	"fmt"
	"pacer/app"
	"strings"
)

// The review's kept sums (migration 18) spare a store just opened the
// searches of every goal's running totals that a review's sums take:
// 12,000 at 2,000 goals, some 30 ms. As a store closes it writes the sums
// its reads found (live_cache.go), each goal's with the mark its head had
// (saveKeptSums); a store reading a review key new to it takes the sums
// of the goals whose heads still have those marks from the file and
// searches the others' totals (keptSumsSeed). Anything a goal's sums
// depend on draws its head a new mark in the transaction that changes
// it, whichever program writes; the goals' decimals and cadences are
// those of the setup generation the sums were written at.

// reviewKeptFormat is the first byte of a kept value; one of another
// format is not read, as if there were none. Change it with the encoding
// or with what qReviewSums reads.
const reviewKeptFormat = 2

// reviewKeptEntries is how many review keys the file keeps: a review
// screen reads one a cadence of its goals, a few periods back and forth.
const reviewKeptEntries = 6

// qKeptSums reads the kept value of review key ?, if it is of the
// file's setup generation.
const qKeptSums = `SELECT data FROM review_sums_kept WHERE key = ? AND g = (SELECT g FROM setup_generation)`

// qHeadMarks reads every head's mark.
const qHeadMarks = `SELECT goal_id, mark FROM checkin_heads`

// qCadenceMarks reads the goals of cadence ? with their heads' marks,
// NULL for a goal without a head.
const qCadenceMarks = `SELECT g.id, h.mark FROM goals g LEFT JOIN checkin_heads h ON h.goal_id = g.id WHERE g.cadence = ?`

// keptState is what the file knows of a goal's sums under a key.
type keptState byte

const (
	keptUnknown keptState = iota // search its totals
	keptNone                     // qReviewSums leaves it out
	keptSums                     // its sums
)

// keptGoal is one goal of a kept value.
type keptGoal struct {
	id    int64
	state keptState
	mark  int64 // its head's, unless unknown
	sums  app.ReviewSums
}

// keptSumsKey is the key of a review's sums of cadence c read with args
// (cadenceSums), in the store's cache and in the file.
func keptSumsKey(c app.Cadence, args []any) string {
	return string(c) + " " + fmt.Sprintf("%q", args)
}

// keptSumsSeed returns the seed of the cache entry of key: the file's
// sums of the goals whose marks are unchanged, and the goals to search.
func keptSumsSeed(ctx context.Context, t *tx, key string) liveSeed[app.ReviewSums] {
	return func() (map[int64]app.ReviewSums, []int64, bool) {
		kept, heads, ok := readKeptSums(ctx, t, key)
		if !ok {
			return nil, nil, false
		}
		var marks map[int64]int64
		if !headsUnchanged(ctx, t, heads) && !keptMarksHold(ctx, t, key, kept) {
			var err error
			if marks, err = readHeadMarks(ctx, t); err != nil {
				return nil, nil, false
			}
		}
		rows := make(map[int64]app.ReviewSums, len(kept))
		var unknown []int64
		for _, g := range kept {
			if m, ok := marks[g.id]; g.state == keptUnknown || marks != nil && (!ok || m != g.mark) {
				unknown = append(unknown, g.id)
			} else if g.state == keptSums {
				rows[g.id] = g.sums
			}
		}
		return rows, unknown, true
	}
}

// readKeptSums reads and decodes the file's value of key, with the
// digest of every head's mark it was written with; false when there is
// none of the setup generation, or it does not decode.
func readKeptSums(ctx context.Context, t *tx, key string) ([]keptGoal, marksDigest, bool) {
	rows, err := t.QueryContext(ctx, qKeptSums, key)
	if err != nil {
		return nil, marksDigest{}, false // an older schema, in tests
	}
	defer rows.Close()
	var b sql.RawBytes // decoded in SQLite's copy, as the setup snapshot
	if !rows.Next() || rows.Scan(&b) != nil {
		return nil, marksDigest{}, false
	}
	kept, heads, err := decodeKeptSums(b)
	return kept, heads, err == nil
}

// readHeadMarks reads every head's mark by goal.
func readHeadMarks(ctx context.Context, t *tx) (map[int64]int64, error) {
	rows, err := t.QueryContext(ctx, qHeadMarks)
	if err != nil {
		return nil, wrapf(err, "read head marks")
	}
	defer rows.Close()
	marks := map[int64]int64{}
	for rows.Next() {
		var id, mark int64
		if err := rows.Scan(&id, &mark); err != nil {
			return nil, wrapf(err, "read head marks")
		}
		marks[id] = mark
	}
	return marks, wrapf(rows.Err(), "read head marks")
}

// saveKeptSums writes the review sums the store's cache read since it
// opened, or read again, into the file, and keeps the latest
// reviewKeptEntries keys there. Failing is harmless (a read-only file,
// another program writing): the next store searches the totals.
func (s *Store) saveKeptSums() {
	c := &s.live
	c.mu.Lock()
	changed := c.valid && c.sums.anyChanged()
	c.mu.Unlock()
	if !changed {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), setupSnapshotWait)
	defer cancel()
	t, err := s.begin(ctx, true) // the connection first, as the reads
	if err != nil {
		return
	}
	defer t.Rollback()
	c.mu.Lock()
	defer c.mu.Unlock()
	if ok, err := c.sync(ctx, t); !ok || err != nil {
		return
	}
	heads, err := headsDigest(ctx, t) // once for every key written
	if err != nil {
		return
	}
	var written []*liveEntry[app.ReviewSums]
	for _, key := range c.sums.order {
		e := c.sums.entries[key]
		if !e.changed {
			continue
		}
		if writeKeptSums(ctx, t, key, c.gen, heads, e) != nil {
			return
		}
		written = append(written, e)
	}
	_, err = t.ExecContext(ctx, `DELETE FROM review_sums_kept WHERE key NOT IN
		(SELECT key FROM review_sums_kept ORDER BY used DESC LIMIT ?)`, reviewKeptEntries)
	if err != nil || t.commit() != nil {
		return
	}
	for _, e := range written {
		e.changed = false
	}
}

// writeKeptSums writes entry e of key, read at setup generation gen, with
// heads, the digest of every head's mark in t.
func writeKeptSums(ctx context.Context, t *tx, key string, gen int64, heads marksDigest, e *liveEntry[app.ReviewSums]) error {
	cadence, _, _ := strings.Cut(key, " ")
	goals, err := queryAll(ctx, t, func(sc scanner) (keptGoal, error) {
		var g keptGoal
		var mark sql.NullInt64
		err := sc.Scan(&g.id, &mark)
		g.mark = mark.Int64
		switch sums, ok := e.rows[g.id]; {
		case !mark.Valid || e.dirty[g.id]:
			g.state = keptUnknown
		case ok:
			g.state, g.sums = keptSums, sums
		default:
			g.state = keptNone
		}
		return g, err
	}, qCadenceMarks, cadence)
	if err != nil {
		return wrapf(err, "read marks")
	}
	_, err = t.ExecContext(ctx, `INSERT INTO review_sums_kept (key, g, used, data)
		VALUES (?1, ?2, (SELECT coalesce(max(used), 0) + 1 FROM review_sums_kept), ?3)
		ON CONFLICT (key) DO UPDATE SET g = excluded.g, used = excluded.used, data = excluded.data`,
		key, gen, encodeKeptSums(goals, heads))
	return wrapf(err, "write kept sums")
}

// anyChanged tells whether an entry holds rows the file does not keep.
func (l *liveTable[T]) anyChanged() bool {
	for _, e := range l.entries {
		if e.changed {
			return true
		}
	}
	return false
}

// encodeKeptSums writes, after the format byte, the digest of every
// head's mark as the goals were read (heads) and the goals' number, the
// goals: each one's ID, state, mark and sums.
func encodeKeptSums(goals []keptGoal, heads marksDigest) []byte {
	var w snapshotWriter
	w.b = append(w.b, reviewKeptFormat)
	w.digest(heads)
	w.uint(uint64(len(goals)))
	for _, g := range goals {
		w.int(g.id)
		w.uint(uint64(g.state))
		if g.state == keptUnknown {
			continue
		}
		w.int(g.mark)
		if g.state != keptSums {
			continue
		}
		for _, s := range g.sums {
			w.uint(uint64(s.Count))
			w.float(s.Sum)
		}
	}
	return w.b
}

// minKeptGoalBytes is the least a goal takes in a kept value: its ID and
// state.
const minKeptGoalBytes = 2

// decodeKeptSums reads what encodeKeptSums wrote.
func decodeKeptSums(b []byte) ([]keptGoal, marksDigest, error) {
	if len(b) == 0 || b[0] != reviewKeptFormat {
		return nil, marksDigest{}, errBadSnapshot
	}
	r := snapshotReader{b: b[1:]}
	heads := r.digest()
	n := r.uint()
	if r.err != nil || n > uint64(len(r.b)/minKeptGoalBytes) {
		return nil, marksDigest{}, errBadSnapshot
	}
	goals := make([]keptGoal, n)
	for i := range goals {
		g := &goals[i]
		g.id, g.state = r.int(), keptState(r.uint())
		if g.state > keptSums {
			return nil, marksDigest{}, errBadSnapshot
		}
		if g.state == keptUnknown {
			continue
		}
		g.mark = r.int()
		if g.state != keptSums {
			continue
		}
		for j := range g.sums {
			g.sums[j] = app.PeriodSum{Count: int(r.uint()), Sum: r.float()}
		}
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, marksDigest{}, errBadSnapshot
	}
	return goals, heads, nil
}
