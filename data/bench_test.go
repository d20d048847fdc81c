package data_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// BenchmarkPutCheckIn measures a durable save: one transaction with its
// checks, committed with synchronous=FULL in WAL mode.
func BenchmarkPutCheckIn(b *testing.B) {
	put := putCheckIn(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		put(i)
	}
}

// BenchmarkRawInsert is the floor under BenchmarkPutCheckIn: one INSERT
// per auto-committed statement on a file opened with the same pragmas.
func BenchmarkRawInsert(b *testing.B) {
	insert := rawInsert(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		insert(i)
	}
}

// BenchmarkPutCheckInVsRawInsert times BenchmarkPutCheckIn's save and
// BenchmarkRawInsert's insert in turns (benchTurns), so that both see the
// same machine and disk: ns/op is the save's median, raw-insert-ns/op the
// insert's (B/op and allocs/op count both). make bench reports this pair.
func BenchmarkPutCheckInVsRawInsert(b *testing.B) {
	put, insert := putCheckIn(b), rawInsert(b)
	b.ResetTimer()
	m := benchTurns(b, put, insert)
	b.ReportMetric(float64(m[0]), "ns/op")
	b.ReportMetric(float64(m[1]), "raw-insert-ns/op")
}

// putCheckIn returns a durable save of a new check-in of one goal of a new
// store.
func putCheckIn(b *testing.B) func(i int) {
	ctx := context.Background()
	s := mustOpen(b)
	g := mustCreateGoal(b, s, weeklyGoal())
	return func(i int) {
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: weekKey(i), Value: float64(i) / 4, Confidence: 5}
		if err := s.PutCheckIn(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

// rawInsert returns an INSERT of a new row into a bare table of a new
// database opened with the store's pragmas.
func rawInsert(b *testing.B) func(i int) {
	path := filepath.Join(b.TempDir(), "raw.db")
	db, err := sql.Open("sqlite", data.DSN(path))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`PRAGMA journal_mode=WAL`); err != nil {
		b.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v REAL, at TEXT)`); err != nil {
		b.Fatal(err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	return func(i int) {
		if _, err := db.Exec(`INSERT INTO t (k, v, at) VALUES (?, ?, ?)`, weekKey(i), float64(i)/4, now); err != nil {
			b.Fatal(err)
		}
	}
}

// minTurns is the fewest runs benchTurns makes of each function, however
// long one takes: a median needs a few.
const minTurns = 9

// benchTurns runs each of fs once per iteration, rotating which goes
// first, for as long as b.Loop asks and at least minTurns times, and
// returns the median time of each. Run in turns, all see the same load on
// the machine; and a median, unlike go test's mean, is not doubled by one
// run that a busy machine stalled. app/bench_turns_test.go has the same
// function.
func benchTurns(b *testing.B, fs ...func(i int)) []time.Duration {
	times := make([][]time.Duration, len(fs))
	turn := func(i int) {
		for k := range fs {
			j := (i + k) % len(fs)
			t0 := time.Now()
			fs[j](i)
			times[j] = append(times[j], time.Since(t0))
		}
	}
	i := 0
	for ; b.Loop(); i++ {
		turn(i)
	}
	for ; i < minTurns; i++ {
		turn(i)
	}
	medians := make([]time.Duration, len(fs))
	for j, ts := range times {
		slices.Sort(ts)
		medians[j] = ts[len(ts)/2]
	}
	return medians
}

// BenchmarkOpen measures opening an existing database of a year's data,
// quick_check included.
func BenchmarkOpen(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "pacer.db")
	s, err := data.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	var cs []app.CheckIn
	for range 50 {
		g := mustCreateGoal(b, s, newGoal())
		for w := range 52 {
			cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: fmt.Sprintf("2026-W%02d", w+1), Value: float64(w), Note: "a short note"})
		}
	}
	if err := s.SaveCheckIns(ctx, cs); err != nil {
		b.Fatal(err)
	}
	s.Close()
	for b.Loop() {
		s, err := data.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkFoldAfterSave times what a durable save leaves for later
// (data/fold.go): counting its check-in into the running totals, in a
// transaction of its own, as the store does once saves pause. ns/op is
// the fold's median, save-ns/op the save's before it.
func BenchmarkFoldAfterSave(b *testing.B) {
	ctx := context.Background()
	s := mustOpen(b)
	g := mustCreateGoal(b, s, weeklyGoal())
	var saves, folds []time.Duration
	turn := func(i int) {
		t0 := time.Now()
		if err := s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: weekKey(i), Value: float64(i) / 4, Confidence: 5}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		s.SettleDerived(ctx)
		saves, folds = append(saves, t1.Sub(t0)), append(folds, time.Since(t1))
	}
	i := 0
	for ; b.Loop(); i++ {
		turn(i)
	}
	for ; i < minTurns; i++ {
		turn(i)
	}
	slices.Sort(saves)
	slices.Sort(folds)
	b.ReportMetric(float64(folds[len(folds)/2]), "ns/op")
	b.ReportMetric(float64(saves[len(saves)/2]), "save-ns/op")
}
