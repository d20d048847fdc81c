package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"

	"pacer/app"
)

// keptHeadsAsOf is the day the kept heads' tests read the dashboard as
// of: after every check-in of weeklyGoalsStore, so each goal's totals are
// its head's.
var keptHeadsAsOf = app.NewDate(2022, 6, 1)

// firstTotals opens a store on path and returns its first dashboard's
// totals, with whether its heads were the file's kept ones.
func firstTotals(t *testing.T, path string) (map[int64]app.ValueTotals, bool) {
	t.Helper()
	ctx := context.Background()
	s := mustReopen(t, path)
	tx, err := s.begin(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	_, kept := keptHeads(ctx, tx)
	tx.Rollback()
	d, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, keptHeadsAsOf)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return d.Totals, kept
}

// rewriteKeptHeads changes the kept heads of the file at path as change
// says, keeping their digest, as no store would write them: a first read
// that shows the change took its heads from the copy.
func rewriteKeptHeads(t *testing.T, path string, change func(heads []head)) {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b []byte
	if err := db.QueryRowContext(ctx, qHeadsKept).Scan(&b); err != nil {
		t.Fatalf("no kept heads: %v", err)
	}
	r, d, err := keptHeadsDigest(b)
	if err != nil {
		t.Fatal(err)
	}
	heads, err := decodeKeptHeads(r, d)
	if err != nil {
		t.Fatal(err)
	}
	change(heads)
	if _, err := db.ExecContext(ctx, `UPDATE heads_kept SET data = ?`, encodeKeptHeads(d, heads)); err != nil {
		t.Fatal(err)
	}
}

// TestKeptHeadsServeTheFirstReadWhileTheyHold: a store closing writes the
// heads into the file, the next store's first dashboard takes them from
// there (a copy changed behind its back shows), and once another program
// changed a goal's check-ins, or deleted a goal's totals, the first read
// reads every head from the table again.
func TestKeptHeadsServeTheFirstReadWhileTheyHold(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, goals := weeklyGoalsStore(t, path, 4, 4)
	d, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, keptHeadsAsOf)
	if err != nil || len(d.Totals) != len(goals) {
		t.Fatalf("%d goals' totals, %v", len(d.Totals), err)
	}
	want := d.Totals
	s.Close()

	if got, kept := firstTotals(t, path); !kept || !reflect.DeepEqual(got, want) {
		t.Fatalf("first read after closing: kept %v, totals %+v, want %+v", kept, got, want)
	}
	rewriteKeptHeads(t, path, func(heads []head) { heads[1].v.Sum += 1000 })
	if got, _ := firstTotals(t, path); got[goals[1]].Sum != want[goals[1]].Sum+1000 {
		t.Fatalf("the first read did not take the kept heads: %+v", got[goals[1]])
	}

	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.ExecContext(ctx, `UPDATE checkins SET value = value + 5 WHERE goal_id = ?
		AND period_key = (SELECT max(period_key) FROM checkins WHERE goal_id = ?)`, goals[2], goals[2])
	if err != nil {
		t.Fatal(err)
	}
	want[goals[2]] = app.ValueTotals{Count: want[goals[2]].Count, Sum: want[goals[2]].Sum + 5,
		Last: app.PeriodValue{PeriodKey: want[goals[2]].Last.PeriodKey, Value: want[goals[2]].Last.Value + 5}}
	if got, kept := firstTotals(t, path); kept || !reflect.DeepEqual(got, want) {
		t.Fatalf("after another program's change: kept %v, totals %+v, want %+v", kept, got, want)
	}

	// The store closing above kept the heads again; a head deleted by
	// another program (the foreign keys off) changes the count alone.
	if _, err := other.ExecContext(ctx, `DELETE FROM checkin_heads WHERE goal_id = ?`, goals[3]); err != nil {
		t.Fatal(err)
	}
	want[goals[3]] = app.ValueTotals{} // read as a goal never counted
	if got, kept := firstTotals(t, path); kept || !reflect.DeepEqual(got, want) {
		t.Fatalf("after a head deleted: kept %v, totals %+v, want %+v", kept, got, want)
	}
}

// TestKeptHeadsDecodeWhatWasEncoded: heads with shared and new keys, IDs
// out of order and extreme values decode as encoded; every shorter or
// altered value fails to decode without a panic.
func TestKeptHeadsDecodeWhatWasEncoded(t *testing.T) {
	heads := []head{
		{id: 7, v: app.ValueTotals{Count: 3, Sum: 1.5, Last: app.PeriodValue{PeriodKey: "2026-W01", Value: 0.5}}},
		{id: 2, v: app.ValueTotals{Count: 1 << 40, Sum: -1e300, Last: app.PeriodValue{PeriodKey: "2026-Q1", Value: 5e-324}}},
		{id: 9, v: app.ValueTotals{Count: 0, Sum: 0, Last: app.PeriodValue{PeriodKey: "2026-W01", Value: -0.25}}},
	}
	d := marksDigest{n: 3, low: 1 << 33, high: -12}
	b := encodeKeptHeads(d, heads)
	r, got, err := keptHeadsDigest(b)
	if err != nil || got != d {
		t.Fatalf("digest %+v, %v; want %+v", got, err, d)
	}
	back, err := decodeKeptHeads(r, got)
	if err != nil || !reflect.DeepEqual(back, heads) {
		t.Fatalf("decoded %+v, %v; want %+v", back, err, heads)
	}
	for n := range len(b) {
		if r, d, err := keptHeadsDigest(b[:n]); err == nil {
			if _, err := decodeKeptHeads(r, d); err == nil {
				t.Fatalf("the first %d of %d bytes decode", n, len(b))
			}
		}
	}
	for i := range b {
		altered := append([]byte(nil), b...)
		altered[i] ^= 0xff
		if r, d, err := keptHeadsDigest(altered); err == nil {
			decodeKeptHeads(r, d) // may decode to other heads; it must not panic
		}
	}
	more := marksDigest{n: 4}
	if _, err := decodeKeptHeads(r, more); err == nil {
		t.Fatal("heads of another count decode")
	}
}
