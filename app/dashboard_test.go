package app_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
	"pacer/data"
)

func TestPacesSeedSample(t *testing.T) {
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := sample.LoadSample(context.Background(), s, "en"); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot(context.Background(), app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	paces := app.Paces(app.Calendar{}, snap, app.NewDate(2023, 4, 10), app.DefaultThresholds)
	if len(paces) != 3 {
		t.Fatalf("%d paces", len(paces))
	}
	for _, p := range paces {
		if p.Assessment.Status != app.StatusAtRisk {
			t.Errorf("%s: %s, want at risk (80%% of plan)", p.Goal.Title, p.Assessment.Status)
		}
		if !p.Projection.OK {
			t.Errorf("%s: no projection", p.Goal.Title)
		}
	}
}

func TestRollUpPaces(t *testing.T) {
	parent := int64(1)
	paces := []app.Pace{
		{Goal: app.Goal{ID: 1}},
		{Goal: app.Goal{ID: 2, ParentID: &parent, Weight: 0.75}, Assessment: app.Assessment{Status: app.StatusOnTrack, Progress: 0.4}},
		{Goal: app.Goal{ID: 3, ParentID: &parent, Weight: 0.25}, Assessment: app.Assessment{Status: app.StatusAtRisk, Progress: 0.8}},
	}
	app.RollUpPaces(paces)
	if !paces[0].HasRollUp || paces[0].ChildCount != 2 || !close(paces[0].RolledUp, 0.5) {
		t.Errorf("parent rolled up to %v from %d children", paces[0].RolledUp, paces[0].ChildCount)
	}
}

func close(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// dashboardStore is a database of 200 weekly goals with five years of check-ins.
func dashboardStore(b *testing.B) *data.Store {
	b.Helper()
	s, err := data.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	cal := app.Calendar{}
	start, end := app.NewDate(2019, 1, 1), app.NewDate(2023, 12, 31)
	weeks := cal.Periods(app.CadenceWeek, start, end)
	for i := range 200 {
		base := 1000.0
		g := app.Goal{Title: fmt.Sprintf("Goal %d", i), Perspective: app.PerspectiveFinancial,
			Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Baseline: &base,
			Target: float64(len(weeks)) * 10, Start: start, End: end, Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter}
		g.Kind = app.KindIncrease
		if err := s.SaveGoalSetup(context.Background(), app.GoalSetup{Goal: &g, Plan: app.SplitEven(cal, g, app.CadenceQuarter)}); err != nil {
			b.Fatal(err)
		}
		cs := make([]app.CheckIn, len(weeks))
		for j, w := range weeks {
			cs[j] = app.CheckIn{GoalID: g.ID, PeriodKey: w.Key(), Value: float64(8 + (i+j)%5), Confidence: 7}
		}
		if err := s.SaveCheckIns(context.Background(), cs); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkDashboard200Goals5YearsWeekly loads and computes the dashboard:
// three queries and every goal's status and projection. The goal is one
// frame (16 ms). ns/op is a median (benchMedian).
func BenchmarkDashboard200Goals5YearsWeekly(b *testing.B) {
	s := dashboardStore(b)
	asOf := app.NewDate(2023, 6, 30)
	b.Run("load+compute", func(b *testing.B) {
		testkit.BenchMedian(b, func(int) {
			snap, err := s.Snapshot(context.Background(), app.GoalFilter{})
			if err != nil {
				b.Fatal(err)
			}
			if len(app.Paces(app.Calendar{}, snap, asOf, app.DefaultThresholds)) != 200 {
				b.Fatal("wrong count")
			}
		})
	})
	snap, _ := s.Snapshot(context.Background(), app.GoalFilter{})
	b.Run("compute", func(b *testing.B) {
		testkit.BenchMedian(b, func(int) { app.Paces(app.Calendar{}, snap, asOf, app.DefaultThresholds) })
	})
}

func TestLoadSampleReviews(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		if err := sample.LoadSample(context.Background(), s, lang); err != nil {
			t.Fatal(err)
		}
		goals, _ := s.ListGoals(context.Background(), app.GoalFilter{})
		want := []string{"market_demand", "customer_development", "competition"}
		for i, g := range goals {
			r, err := s.ReviewByPeriod(context.Background(), g.ID, "2023-Q1")
			if err != nil {
				t.Fatalf("%s: goal %d has no Q1 review: %v", lang, i, err)
			}
			if r.CauseCategory != want[i] || len(r.Measures) < 2 || r.Measures[0].Owner == "" || r.Measures[0].Due.IsZero() {
				t.Errorf("%s: goal %d review = %+v", lang, i, r)
			}
		}
		s.Close()
	}
}
