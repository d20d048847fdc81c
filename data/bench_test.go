package data_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"pacer/data"
)

// BenchmarkPutCheckIn measures a durable save: one transaction with its
// checks, committed with synchronous=FULL in WAL mode.
func BenchmarkPutCheckIn(b *testing.B) {
	ctx := context.Background()
	s := mustOpen(b)
	g := mustCreateGoal(b, s, newGoal())
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c := &data.CheckIn{GoalID: g.ID, PeriodKey: fmt.Sprintf("p%07d", i), Value: float64(i) / 4, Confidence: 5}
		if err := s.PutCheckIn(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRawInsert is the floor under BenchmarkPutCheckIn: one INSERT
// per auto-committed statement on a file opened with the same pragmas.
func BenchmarkRawInsert(b *testing.B) {
	path := filepath.Join(b.TempDir(), "raw.db")
	db, err := sql.Open("sqlite", data.DSN(path))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`PRAGMA journal_mode=WAL`); err != nil {
		b.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v REAL, at TEXT)`); err != nil {
		b.Fatal(err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := db.Exec(`INSERT INTO t (k, v, at) VALUES (?, ?, ?)`, fmt.Sprintf("p%07d", i), float64(i)/4, now); err != nil {
			b.Fatal(err)
		}
	}
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
	var cs []data.CheckIn
	for range 50 {
		g := mustCreateGoal(b, s, newGoal())
		for w := range 52 {
			cs = append(cs, data.CheckIn{GoalID: g.ID, PeriodKey: fmt.Sprintf("2026-W%02d", w+1), Value: float64(w), Note: "a short note"})
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
