package data

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"math"
	"pacer/app"
	"time"
)

// The setup snapshot (migration 16) spares a store just opened the read
// of every goal's row and plan: 2,000 goals' 22 columns through
// database/sql and their 80,000 planned periods took 20–40 ms of the
// first dashboard, the same bytes decoded from one value some 3 ms. A
// store writes it as it closes when what it read is newer than the
// file's snapshot (saveSetupSnapshot); a store reading the goals of a
// generation that matches the snapshot's decodes it (setupCache.read).

// setupSnapshotFormat is the first byte of an encoded snapshot; a
// snapshot of another format is not read, as if there were none. Change
// it with the encoding, or with what listGoals and readPlans make of the
// tables.
const setupSnapshotFormat = 4

// qSetupSnapshot reads the snapshot of the setup generation ?.
const qSetupSnapshot = `SELECT data FROM setup_snapshot WHERE id = 1 AND g = ?`

// setupSnapshotWait is how long a closing store waits for another
// program's write lock to write its snapshot: the snapshot is a cache,
// and quitting Pacer must not wait for it.
const setupSnapshotWait = 200 * time.Millisecond

// readSetupSnapshot returns the goals and plans of the file's snapshot
// of generation gen, and false when there is none (or it cannot be read:
// the tables are read instead).
func readSetupSnapshot(ctx context.Context, t *tx, gen int64) ([]app.Goal, map[int64][]app.PeriodTarget, bool) {
	rows, err := t.QueryContext(ctx, qSetupSnapshot, gen)
	if err != nil {
		return nil, nil, false
	}
	defer rows.Close()
	// Decoded in SQLite's own copy of the value (RawBytes, valid until the
	// rows move on): its 1.7 MB at 2,000 goals are not copied again, and
	// the decoded goals and plans keep nothing of it.
	var b sql.RawBytes
	if !rows.Next() || rows.Scan(&b) != nil {
		return nil, nil, false
	}
	goals, plans, err := decodeSetup(b)
	return goals, plans, err == nil
}

// saveSetupSnapshot writes the store's cached goals and plans as the
// file's snapshot, unless the file has it already or its goals or plans
// changed since they were read. Failing is harmless (a read-only file,
// another program writing): the next store reads the tables.
func (s *Store) saveSetupSnapshot() {
	c := s.setupCache()
	c.mu.Lock()
	ok, filed := c.ok, c.filed
	c.mu.Unlock()
	if !ok || filed {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), setupSnapshotWait)
	defer cancel()
	// The connection first, then the cache, in the order of the reads
	// that fill the cache inside their transaction.
	t, err := s.begin(ctx, true)
	if err != nil {
		return
	}
	defer t.Rollback()
	var gen int64
	if err := t.QueryRowContext(ctx, qSetupGeneration).Scan(&gen); err != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.ok || c.filed || gen != c.gen {
		return
	}
	_, err = t.ExecContext(ctx, `INSERT INTO setup_snapshot (id, g, data) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET g = excluded.g, data = excluded.data`, gen, encodeSetup(c.goals, c.plans))
	if err == nil && t.commit() == nil {
		c.filed = true
	}
}

// How a goal's plan is written in a snapshot.
const (
	snapshotNoPlan   = 0 // none
	snapshotPlan     = 1 // encodePlan's bytes, length first
	snapshotSameKeys = 2 // the keys of the plan written before, then the targets (planTargets)
)

// encodeSetup writes, after the format byte and the number of goals, the
// goals in order (their bytes' length first), then each one's ID and
// plan: the two halves decode side by side (decodeSetup). Plans of goals
// not among them are left out, as no reader asks for them. A plan with
// the keys of the plan before it (goals of one span planned by one
// cadence, most of a business's) is written as its targets alone: half
// the bytes, and its keys need no reading.
func encodeSetup(goals []app.Goal, plans map[int64][]app.PeriodTarget) []byte {
	var gw, pw snapshotWriter
	var prev []app.PeriodTarget
	for i := range goals {
		gw.goal(&goals[i])
		pw.int(goals[i].ID)
		plan, ok := plans[goals[i].ID]
		switch {
		case !ok:
			pw.uint(snapshotNoPlan)
		case prev != nil && sameKeys(prev, plan):
			pw.uint(snapshotSameKeys)
			pw.planTargets(plan)
		default:
			pw.uint(snapshotPlan)
			pw.bytes(encodePlan(plan))
			prev = plan
		}
	}
	w := snapshotWriter{b: make([]byte, 0, len(gw.b)+len(pw.b)+24)}
	w.b = append(w.b, setupSnapshotFormat)
	w.uint(uint64(len(goals)))
	w.bytes(gw.b)
	w.b = append(w.b, pw.b...)
	return w.b
}

// sameKeys reports whether plans a and b have the same keys in order.
func sameKeys(a, b []app.PeriodTarget) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].PeriodKey != b[i].PeriodKey {
			return false
		}
	}
	return true
}

// planTargets writes each target of plan, then whether it has a floor,
// then the floor.
func (w *snapshotWriter) planTargets(plan []app.PeriodTarget) {
	for _, pt := range plan {
		w.float(pt.Target)
		w.bool(pt.Floor != nil)
		if pt.Floor != nil {
			w.float(*pt.Floor)
		}
	}
}

// minSnapshotGoalBytes is the least a goal takes in a snapshot (two
// floats and 20 other values of a byte at least), so that a damaged count
// cannot make decodeSetup allocate more goals than the bytes could hold.
const minSnapshotGoalBytes = 32

// errBadSnapshot is a snapshot that does not decode.
var errBadSnapshot = errors.New("damaged setup snapshot")

// decodeSetup reads what encodeSetup wrote: the plans (most of the
// bytes: 80,000 planned periods at 2,000 goals) on another goroutine
// while this one reads the goals.
func decodeSetup(b []byte) ([]app.Goal, map[int64][]app.PeriodTarget, error) {
	if len(b) == 0 || b[0] != setupSnapshotFormat {
		return nil, nil, errBadSnapshot
	}
	r := snapshotReader{b: b[1:]}
	n := r.uint()
	goalBytes := r.bytes()
	if r.err != nil || n > uint64(len(goalBytes)/minSnapshotGoalBytes) {
		return nil, nil, errBadSnapshot
	}
	var ids []int64
	var plans map[int64][]app.PeriodTarget
	var planErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		ids, plans, planErr = decodePlans(r.b, int(n))
	}()
	goals, goalErr := decodeGoals(goalBytes, int(n))
	<-done
	if goalErr != nil || planErr != nil {
		return nil, nil, errBadSnapshot
	}
	for i := range goals {
		if goals[i].ID != ids[i] {
			return nil, nil, errBadSnapshot
		}
	}
	return goals, plans, nil
}

// decodeGoals reads the n goals of b, which holds them alone.
func decodeGoals(b []byte, n int) ([]app.Goal, error) {
	r := snapshotReader{b: b}
	goals := make([]app.Goal, n)
	for i := range goals {
		r.goal(&goals[i])
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errBadSnapshot
	}
	return goals, nil
}

// decodePlans reads the n goals' IDs and plans of b, which holds them
// alone: the IDs in order, and the plans by goal ID.
func decodePlans(b []byte, n int) ([]int64, map[int64][]app.PeriodTarget, error) {
	r := snapshotReader{b: b}
	ids := make([]int64, n)
	plans := make(map[int64][]app.PeriodTarget, n)
	keys := newPeriodKeys()
	var prev []app.PeriodTarget
	for i := range ids {
		ids[i] = r.int()
		var plan []app.PeriodTarget
		switch r.uint() {
		case snapshotNoPlan:
			continue
		case snapshotSameKeys:
			plan = r.planTargets(prev)
		case snapshotPlan:
			var err error
			if plan, err = decodePlanKeys(r.bytes(), keys); err != nil {
				return nil, nil, errBadSnapshot
			}
			prev = plan
		default:
			return nil, nil, errBadSnapshot
		}
		plans[ids[i]] = plan[:len(plan):len(plan)] // a reader's append copies
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, nil, errBadSnapshot
	}
	return ids, plans, nil
}

// snapshotWriter appends a snapshot's values to b.
type snapshotWriter struct{ b []byte }

func (w *snapshotWriter) uint(v uint64)  { w.b = binary.AppendUvarint(w.b, v) }
func (w *snapshotWriter) int(v int64)    { w.b = binary.AppendVarint(w.b, v) }
func (w *snapshotWriter) str(s string)   { w.uint(uint64(len(s))); w.b = append(w.b, s...) }
func (w *snapshotWriter) bytes(b []byte) { w.uint(uint64(len(b))); w.b = append(w.b, b...) }
func (w *snapshotWriter) float(f float64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(f))
}

func (w *snapshotWriter) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

// date writes a date as its text, empty for the zero date.
func (w *snapshotWriter) date(d app.Date) {
	if d.IsZero() {
		w.str("")
		return
	}
	w.str(d.Format(app.DateLayout))
}

// snapshotZoneLayout is RFC 3339 with its offset always written as
// digits: RFC3339Nano writes a zero offset as Z, which reads back in UTC,
// where timeCol read "+00:00" in the local zone or a zone of its own.
const snapshotZoneLayout = "2006-01-02T15:04:05.999999999-07:00"

// time writes a timestamp in UTC (as Pacer writes them) as its seconds
// and nanoseconds, which read back without parsing, and any other as its
// text, whose zone the reader gives it as timeCol does.
func (w *snapshotWriter) time(t time.Time) {
	utc := t.Location() == time.UTC
	w.bool(utc)
	if utc {
		w.int(t.Unix())
		w.uint(uint64(t.Nanosecond()))
		return
	}
	w.str(t.Format(snapshotZoneLayout))
}

// goal writes every field of g; TestSetupSnapshotKeepsEveryField fails
// when app.Goal gains one this does not write.
func (w *snapshotWriter) goal(g *app.Goal) {
	w.int(g.ID)
	w.str(g.Title)
	w.str(g.Description)
	w.str(string(g.Perspective))
	w.str(g.Owner)
	w.str(string(g.Kind))
	w.str(string(g.Unit))
	w.str(g.UnitLabel)
	w.int(int64(g.Decimals))
	w.str(string(g.Aggregation))
	w.bool(g.Baseline != nil)
	if g.Baseline != nil {
		w.float(*g.Baseline)
	}
	w.float(g.Target)
	w.date(g.Start)
	w.date(g.End)
	w.str(string(g.Cadence))
	w.str(string(g.PlanBy))
	w.bool(g.ParentID != nil)
	if g.ParentID != nil {
		w.int(*g.ParentID)
	}
	w.float(g.Weight)
	w.str(g.Rationale)
	w.bool(g.Archived)
	w.time(g.CreatedAt)
	w.time(g.UpdatedAt)
}
