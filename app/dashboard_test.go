package app_test

import (
	"context"
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

// TestRollUpCountsEndedChildrenWithoutVerdict: once the children have
// ended, one achieved, one never checked in and a budget with months
// never reported (not checked in, at 26 % of its cap), the parent is a
// third done; it read 100 %, the two without a verdict left out or read
// as all done.
func TestRollUpCountsEndedChildrenWithoutVerdict(t *testing.T) {
	parent := int64(1)
	child := func(id int64, kind app.Kind, agg app.Aggregation, a app.Assessment) app.Pace {
		return app.Pace{Goal: app.Goal{ID: id, ParentID: &parent, Weight: 1, Kind: kind, Aggregation: agg, Target: 100}, Assessment: a}
	}
	paces := []app.Pace{
		{Goal: app.Goal{ID: 1}},
		child(2, app.KindIncrease, app.AggFlow, app.Assessment{Status: app.StatusAchieved, Progress: 1.2, Actual: 120}),
		child(3, app.KindIncrease, app.AggFlow, app.Assessment{Status: app.StatusNotReported, NoValues: true}),
		child(4, app.KindDecrease, app.AggFlow, app.Assessment{Status: app.StatusNotReported, Progress: 3.8, Actual: 26}),
	}
	app.RollUpPaces(paces)
	if !paces[0].HasRollUp || !close(paces[0].RolledUp, 1.0/3) {
		t.Errorf("parent rolled up to %v (%v), want a third", paces[0].RolledUp, paces[0].HasRollUp)
	}
	// While they run, a child with no data yet is left out.
	paces[2].Assessment = app.Assessment{Status: app.StatusNoData, NoValues: true}
	paces[3].Assessment = app.Assessment{Status: app.StatusOnTrack, Progress: 0.5, Ratio: 1, Expected: 50, Actual: 50}
	app.RollUpPaces(paces)
	if want := (1 + 0.5) / 2; !close(paces[0].RolledUp, want) {
		t.Errorf("running: parent rolled up to %v, want %v", paces[0].RolledUp, want)
	}
}

func close(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// BenchmarkDashboard200Goals5YearsWeekly loads and computes the dashboard
// as views/dashboard_data.go does: the goals, their plans and one row of
// running totals a goal (data.Store.Dashboard), and every goal's status
// and projection from them (app.PacesFrom through the screen's
// app.PaceMemo). The goal is one frame (16 ms). ns/op is a median.
//
// load+compute is the dashboard shown again after the user saved a
// check-in (saveOneCheckIn, untimed, before each turn), on a copy of the
// file, its memo kept from one showing to the next as the screen keeps it;
// after a goal edit, the same after the user saved a goal (editOneGoal);
// cold-load+compute its first showing by a store just opened (benchCold),
// with a new memo; compute the part after the reads, every goal worked
// out (PacesFrom without a memo), and the same years after the goals ended.
func BenchmarkDashboard200Goals5YearsWeekly(b *testing.B) { benchDashboard(b, 200, 5) }

// BenchmarkDashboard2000Goals10YearsWeekly is the dashboard at ten times
// that scale: 2,000 weekly goals with ten years of check-ins each, about
// a million values. The goal is still one frame.
func BenchmarkDashboard2000Goals10YearsWeekly(b *testing.B) { benchDashboard(b, 2000, 10) }

func benchDashboard(b *testing.B, goals, years int) {
	s, path := scaleStoreCopy(b, goals, years)
	defer func() { s.Close() }() // the store benchColdAlone opened anew
	asOf := scaleAsOf
	cal := app.Calendar{}
	show := func(s *data.Store, memo *app.PaceMemo) {
		d, err := s.Dashboard(context.Background(), app.GoalFilter{}, cal, asOf)
		if err != nil {
			b.Fatal(err)
		}
		if len(memo.PacesFrom(cal, d, asOf, app.DefaultThresholds)) != goals {
			b.Fatal("wrong count")
		}
	}
	b.Run("load+compute", func(b *testing.B) {
		var memo app.PaceMemo // the screen's, kept from one showing to the next
		benchAfter(b, saveOneCheckIn(b, s), func(int) { show(s, &memo) })
	})
	b.Run("load+compute,_after_a_goal_edit", func(b *testing.B) {
		var memo app.PaceMemo
		show(s, &memo)
		benchAfter(b, editOneGoal(b, s), func(int) { show(s, &memo) })
	})
	b.Run("cold-load+compute", func(b *testing.B) {
		s = benchColdAlone(b, s, path, func(s *data.Store) { show(s, new(app.PaceMemo)) })
	})
	b.Run("cold-load+compute, checked in ahead", func(b *testing.B) {
		benchCold(b, checkedInAhead(b, path), func(s *data.Store) { show(s, new(app.PaceMemo)) })
	})
	d, _ := s.Dashboard(context.Background(), app.GoalFilter{}, cal, asOf)
	b.Run("compute", func(b *testing.B) {
		testkit.BenchMedian(b, func(int) { app.PacesFrom(cal, d, asOf, app.DefaultThresholds) })
	})
	// The same goals read years after they ended, as a start today reads
	// them: every card then asks whether each period is in.
	ended := app.NewDate(2030, 1, 1)
	dEnded, _ := s.Dashboard(context.Background(), app.GoalFilter{}, cal, ended)
	b.Run("compute,_every_goal_ended", func(b *testing.B) {
		testkit.BenchMedian(b, func(int) { app.PacesFrom(cal, dEnded, ended, app.DefaultThresholds) })
	})
	// Last: its check-ins are the goals' latest, which later reads would find.
	b.Run("load+compute,_a_check-in_waiting", func(b *testing.B) {
		var memo app.PaceMemo
		benchAfter(b, saveLatestAnew(b, s), func(int) { show(s, &memo) })
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

// checkedInAhead copies the store file at path and checks every goal of
// the copy in for the week after scaleAsOf's: each goal's latest totals
// row lies past the day the dashboard is read as of, so its totals are
// searched goal by goal (data.Store.Dashboard), the slow case of a first
// read.
func checkedInAhead(b *testing.B, path string) string {
	ahead := filepath.Join(b.TempDir(), "ahead.db")
	if err := copyFile(path, ahead); err != nil {
		b.Fatal(err)
	}
	s, err := data.Open(context.Background(), ahead)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	goals, err := s.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil {
		b.Fatal(err)
	}
	next := app.Calendar{}.PeriodOf(app.CadenceWeek, scaleAsOf).Next().Key()
	cs := make([]app.CheckIn, 0, len(goals))
	for _, g := range goals {
		cs = append(cs, app.CheckIn{GoalID: g.ID, PeriodKey: next, Value: 9, Confidence: 7})
	}
	if err := s.SaveCheckIns(context.Background(), cs); err != nil {
		b.Fatal(err)
	}
	return ahead
}
