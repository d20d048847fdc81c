package views

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// BenchmarkCheckInsDue2000Goals reads what the Check-ins screen lists as
// due, as its refresh does off the UI goroutine (readDue): 2,000 weekly
// goals of ten years, 2014 to 2023, each checked in every week up to
// 2023-W26. up_to_date reads it at the end of that week; a_quarter_behind
// on 30 September 2023, 12 weeks due for every goal (24,000 listed). Each
// turn follows a check-in saved (untimed), as a refresh does; first-read-ms
// is the store's first read. A quarter behind took 1.03 s when the screen
// read every reported period.
// The file is built once per run, or kept in $PACER_BENCH_SCALE_DIR.
func BenchmarkCheckInsDue2000Goals(b *testing.B) {
	path := dueScaleFile(b)
	store, err := data.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	goals, err := store.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil || len(goals) != 2000 {
		b.Fatal(len(goals), err)
	}
	for _, c := range []struct {
		name  string
		today app.Date
		due   int
	}{{"up_to_date", app.NewDate(2023, 7, 2), 0}, {"a_quarter_behind", app.NewDate(2023, 9, 30), 24_000}} {
		read := func() {
			due, err := readDue(context.Background(), store, goals, app.Calendar{}, c.today)
			if err != nil || len(due) != c.due {
				b.Fatalf("%d due (%v), want %d", len(due), err, c.due)
			}
		}
		b.Run(c.name, func(b *testing.B) {
			start := time.Now()
			read()
			first := time.Since(start)
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				g := goals[i*7919%len(goals)]
				if err := store.PutCheckIn(context.Background(), &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-W26", Value: float64(i % 9), Confidence: 7}); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				read()
			}
			b.ReportMetric(float64(first.Nanoseconds())/1e6, "first-read-ms")
		})
	}
}

// dueScaleFile returns BenchmarkCheckInsDue2000Goals' file, building it
// when $PACER_BENCH_SCALE_DIR does not hold it.
func dueScaleFile(b *testing.B) string {
	dir := os.Getenv("PACER_BENCH_SCALE_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	path := filepath.Join(dir, "views-due-g2000-y10-v1.db")
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := buildDueScaleFile(path + ".part"); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(path+".part", path); err != nil {
		b.Fatal(err)
	}
	return path
}

func buildDueScaleFile(path string) error {
	ctx := context.Background()
	s, err := data.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	cal := app.Calendar{}
	start, end := app.NewDate(2014, 1, 1), app.NewDate(2023, 12, 31)
	weeks := cal.Periods(app.CadenceWeek, start, app.NewDate(2023, 7, 2)) // through 2023-W26
	var batch []app.CheckIn
	for i := range 2000 {
		g := app.Goal{Title: fmt.Sprintf("Weekly sales of shop %d", i), Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100_000, Start: start, End: end,
			Cadence: app.CadenceWeek, PlanBy: app.CadenceYear}
		if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: app.SplitEven(cal, g, app.CadenceYear)}); err != nil {
			return err
		}
		for j, w := range weeks {
			batch = append(batch, app.CheckIn{GoalID: g.ID, PeriodKey: w.Key(), Value: float64(10 + (i+j)%7), Confidence: 7})
		}
		if len(batch) >= 50_000 || i == 1999 {
			if err := s.SaveCheckIns(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}
