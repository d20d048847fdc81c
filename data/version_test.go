package data

import (
	"context"
	"path/filepath"
	"testing"

	"pacer/app"
)

// TestVersionChangesOnEveryWrite checks that a store's version stays the
// same across reads and differs after its own write, after a write of
// another store on the same file (another program) and after a setting.
func TestVersionChangesOnEveryWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	version := func() Version {
		t.Helper()
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version()
	if _, err := s.ListGoals(ctx, app.GoalFilter{}); err != nil {
		t.Fatal(err)
	}
	if v := version(); v != v0 {
		t.Errorf("a read changed the version: %v → %v", v0, v)
	}
	g := &app.Goal{Title: "Sales", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 100,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	steps := []struct {
		what  string
		write func() error
	}{
		{"its own goal", func() error { return s.CreateGoal(ctx, g) }},
		{"another program's check-in", func() error {
			return other.SaveCheckIns(ctx, []app.CheckIn{{GoalID: g.ID, PeriodKey: "2026-01", Value: 5, Confidence: 7}})
		}},
		{"a setting", func() error { return s.SetSetting(ctx, SettingFiscalStart, "4") }},
	}
	for _, step := range steps {
		before := version()
		if err := step.write(); err != nil {
			t.Fatal(err)
		}
		if after := version(); after == before {
			t.Errorf("after %s the version is still %v", step.what, after)
		}
	}
}
