package data

import (
	"context"
	"encoding/json"
	"strings"
)

// A store just opened on kept sums checked each goal's mark against its
// head's, reading every head's mark: 2,000 rows through database/sql,
// some 2 ms of the first review at 2,000 goals, to find in the usual case
// (nothing written since Pacer last closed the file) that every mark
// still matches. One aggregate of the heads of the kept goals, compared
// with the same of the kept marks, says so in one row; only when it
// differs are the marks read one by one to find which goals changed.
// Marks are random 64-bit numbers drawn anew with every change, so a
// changed mark leaves both sums as they were with a chance of 2^-64.

// headsUnchanged reports whether every head's mark is as the digest
// heads, taken as a kept value was written, says: then no head changed
// since, so every goal's kept mark holds, and one aggregate of the heads
// alone (about 0.5 ms at 2,000 goals) spares the join of the goals of the
// value's cadence with their heads that keptMarksHold runs (about
// 1.5 ms).
func headsUnchanged(ctx context.Context, t *tx, heads marksDigest) bool {
	now, err := headsDigest(ctx, t)
	return err == nil && now == heads
}

// qMarksDigest counts the heads of the goals of cadence ?1, but those of
// the JSON array ?2, and sums the low and the high 32 bits of their marks
// (sums of 32-bit halves cannot overflow).
const qMarksDigest = `SELECT count(*), coalesce(sum(h.mark & 4294967295), 0), coalesce(sum(h.mark >> 32), 0)
	FROM goals g JOIN checkin_heads h ON h.goal_id = g.id
	WHERE g.cadence = ?1 AND g.id NOT IN (SELECT value FROM json_each(?2))`

// marksDigest is what qMarksDigest reads.
type marksDigest struct{ n, low, high int64 }

// digest writes d, as the kept heads and the kept sums hold it.
func (w *snapshotWriter) digest(d marksDigest) {
	w.int(d.n)
	w.int(d.low)
	w.int(d.high)
}

// digest reads what snapshotWriter.digest wrote.
func (r *snapshotReader) digest() marksDigest {
	return marksDigest{n: r.int(), low: r.int(), high: r.int()}
}

// add counts a mark in d.
func (d *marksDigest) add(mark int64) {
	d.n++
	d.low += mark & 0xffffffff
	d.high += mark >> 32
}

// keptMarksHold reports whether every goal of kept value key that was
// kept with a mark (not keptUnknown) has that mark still, and no other
// goal of its cadence has a head: false sends the caller to read the
// marks one by one (readHeadMarks). The kept value is of the file's
// setup generation, so the goals of its cadence are those it was
// written with.
func keptMarksHold(ctx context.Context, t *tx, key string, kept []keptGoal) bool {
	cadence, _, _ := strings.Cut(key, " ")
	var want marksDigest
	unknown := []int64{}
	for _, g := range kept {
		if g.state == keptUnknown {
			unknown = append(unknown, g.id)
		} else {
			want.add(g.mark)
		}
	}
	ids, err := json.Marshal(unknown)
	if err != nil {
		return false
	}
	var got marksDigest
	err = t.QueryRowContext(ctx, qMarksDigest, cadence, string(ids)).Scan(&got.n, &got.low, &got.high)
	return err == nil && got == want
}
