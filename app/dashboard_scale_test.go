package app_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// A store file of weekly goals is slow to build at ten times the test
// scale (2,000 goals × 10 years, about a million check-ins), so each
// scale is built once per test process into a temporary folder that
// TestMain removes, and every benchmark that asks for it opens that file.
// With envScaleDir set, the files are built there once and kept for the
// next runs (scaleVersion names the fixture's shape).
const (
	envScaleDir  = "PACER_BENCH_SCALE_DIR"
	scaleVersion = 3
)

var (
	scaleDir   string
	scaleMu    sync.Mutex
	scaleFiles = map[[2]int]string{}
)

// TestMain removes the store files the benchmarks built.
func TestMain(m *testing.M) {
	code := m.Run()
	if scaleDir != "" {
		os.RemoveAll(scaleDir)
	}
	os.Exit(code)
}

// scaleStore opens a store of goals weekly goals with years years of
// check-ins each, ending on 31 December 2023, built on first use. It
// opens a copy of the file (scaleStoreCopy): opening migrates a file of
// an older schema, and the file itself may be shared by other runs.
func scaleStore(b *testing.B, goals, years int) *data.Store {
	b.Helper()
	s, _ := scaleStoreCopy(b, goals, years)
	return s
}

// scaleStoreCopy opens a copy of the scale file in a folder of the
// benchmark's own, which it may write, and returns the copy's path too.
func scaleStoreCopy(b *testing.B, goals, years int) (*data.Store, string) {
	b.Helper()
	src, err := scaleFile(goals, years)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), filepath.Base(src))
	if err := copyFile(src, path); err != nil {
		b.Fatal(err)
	}
	s, err := data.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s, path
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// saveOneCheckIn returns what a user does between two visits of a screen:
// it saves the check-in of week 26 of 2023 of one goal of s (another on
// each call, with another value), as a check-in screen does.
func saveOneCheckIn(b *testing.B, s *data.Store) func(i int) {
	goals, err := s.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil || len(goals) == 0 {
		b.Fatal(err, len(goals))
	}
	return func(i int) {
		c := app.CheckIn{GoalID: goals[i*7919%len(goals)].ID, PeriodKey: "2023-W26", Value: float64(8 + i%5), Confidence: 7}
		if err := s.PutCheckIn(context.Background(), &c); err != nil {
			b.Fatal(err)
		}
	}
}

// saveLatestAnew returns what a user does who deletes a goal's latest
// check-in, of the week of 30 June 2023 (scaleAsOf), and types it again (another goal of s on
// each call): the save is the fast one, whose check-in waits to be
// counted (data/fold.go), so that the read after it reads that goal's
// check-ins. What waited before is counted first, as the store does once
// saves pause.
func saveLatestAnew(b *testing.B, s *data.Store) func(i int) {
	goals, err := s.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil || len(goals) == 0 {
		b.Fatal(err, len(goals))
	}
	return func(i int) {
		ctx := context.Background()
		g := goals[i*7919%len(goals)]
		cs, err := s.CheckIns(ctx, g.ID)
		if err != nil || len(cs) == 0 {
			b.Fatal(err, len(cs))
		}
		last := cs[len(cs)-1]
		if err := s.DeleteCheckIn(ctx, last.ID); err != nil {
			b.Fatal(err)
		}
		s.SettleDerived(ctx)
		c := app.CheckIn{GoalID: g.ID, PeriodKey: last.PeriodKey, Value: last.Value + 1, Confidence: 7}
		if err := s.PutCheckIn(ctx, &c); err != nil {
			b.Fatal(err)
		}
	}
}

// editOneGoal returns an edit of one goal of s a turn, saved as the goal
// form saves it (its title), with its plan and check-ins as they were.
func editOneGoal(b *testing.B, s *data.Store) func(i int) {
	goals, err := s.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil || len(goals) == 0 {
		b.Fatal(err, len(goals))
	}
	return func(i int) {
		g := goals[i*7919%len(goals)]
		g.Title = fmt.Sprintf("%s, edit %d", g.Title, i)
		if err := s.UpdateGoal(context.Background(), &g); err != nil {
			b.Fatal(err)
		}
	}
}

// benchAfter times f after an untimed prepare on each turn, for as long as
// b.Loop asks and at least 9 times (as testkit.BenchMedian), and reports
// the median of f's times as ns/op.
func benchAfter(b *testing.B, prepare, f func(i int)) {
	var times []time.Duration
	turn := func(i int) {
		prepare(i)
		t0 := time.Now()
		f(i)
		times = append(times, time.Since(t0))
	}
	i := 0
	for ; b.Loop(); i++ {
		turn(i)
	}
	for ; i < 9; i++ {
		turn(i)
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2]), "ns/op")
}

// benchCold times f on a store freshly opened on path before each turn:
// the first read of a screen after Pacer opens the file, with none of the
// store's memory of an earlier read (the file's pages may be in the
// system's cache).
func benchCold(b *testing.B, path string, f func(s *data.Store)) {
	var s *data.Store
	benchAfter(b, func(int) {
		if s != nil {
			s.Close()
		}
		var err error
		if s, err = data.Open(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	}, func(int) { f(s) })
	s.Close()
}

// benchColdAlone is benchCold with the benchmark's own store on path,
// held, closed while it runs: Pacer is the one program with the file open
// when it opens it. With held left open the file kept its write-ahead log
// (SQLite removes it as the last connection closes), and each store's
// first read found the pages the store before it wrote there, read one
// by one from the log rather than from the file SQLite maps. It returns
// the store opened anew on path for the rest of the benchmark, which the
// caller closes.
func benchColdAlone(b *testing.B, held *data.Store, path string, f func(s *data.Store)) *data.Store {
	if err := held.Close(); err != nil {
		b.Fatal(err)
	}
	benchCold(b, path, f)
	s, err := data.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func scaleFile(goals, years int) (string, error) {
	scaleMu.Lock()
	defer scaleMu.Unlock()
	if p, ok := scaleFiles[[2]int{goals, years}]; ok {
		return p, nil
	}
	dir := os.Getenv(envScaleDir)
	if dir == "" && scaleDir == "" {
		tmp, err := os.MkdirTemp("", "pacer-scale-")
		if err != nil {
			return "", err
		}
		scaleDir = tmp
	}
	if dir == "" {
		dir = scaleDir
	}
	p := filepath.Join(dir, fmt.Sprintf("g%d-y%d-v%d.db", goals, years, scaleVersion))
	if _, err := os.Stat(p); err != nil {
		if err := buildScaleFile(p+".part", goals, years); err != nil {
			return "", err
		}
		if err := os.Rename(p+".part", p); err != nil {
			return "", err
		}
	}
	scaleFiles[[2]int{goals, years}] = p
	return p, nil
}

// scaleAsOf is the day the scale benchmarks read the screens as of: the
// goals run to the end of 2023 and are checked in through its week.
var scaleAsOf = app.NewDate(2023, 6, 30)

// buildScaleFile writes scaleStore's goals, as many as asked, each
// planned by quarter over its years, with a weekly check-in every week up
// to the one holding scaleAsOf, as a business checking in every week has
// on that day (version 2 had check-ins of the half-year after it too).
func buildScaleFile(path string, goals, years int) error {
	ctx := context.Background()
	s, err := data.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	cal := app.Calendar{}
	start, end := app.NewDate(2024-years, 1, 1), app.NewDate(2023, 12, 31)
	weeks := cal.Periods(app.CadenceWeek, start, end)
	checked := cal.Periods(app.CadenceWeek, start, scaleAsOf)
	var batch []app.CheckIn
	for i := range goals {
		base := 1000.0
		g := app.Goal{Title: fmt.Sprintf("Goal %d", i), Perspective: app.PerspectiveFinancial,
			Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Baseline: &base,
			Target: float64(len(weeks)) * 10, Start: start, End: end, Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter}
		if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: app.SplitEven(cal, g, app.CadenceQuarter)}); err != nil {
			return err
		}
		for j, w := range checked {
			batch = append(batch, app.CheckIn{GoalID: g.ID, PeriodKey: w.Key(), Value: float64(8 + (i+j)%5), Confidence: 7})
		}
		if len(batch) >= 50_000 || i == goals-1 {
			if err := s.SaveCheckIns(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}
