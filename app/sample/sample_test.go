package sample

import (
	"context"
	"errors"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/data"
)

// sampleSMART checks a sample goal as the wizard would, without a today so
// that 2023 has not "ended".
func sampleSMART(g app.Goal, plan []app.PeriodTarget, history []app.HistoryValue) app.SMARTReport {
	return app.CheckSMART(app.SMARTInput{Goal: g, Plan: plan, History: app.ValuesFromHistory(history), Calendar: app.Calendar{}})
}

func TestSamplePlan(t *testing.T) {
	for _, lang := range []string{"en", "zh", ""} {
		goals := SamplePlan(lang)
		if len(goals) != 3 {
			t.Fatalf("SamplePlan(%q) has %d goals, want 3", lang, len(goals))
		}
		for _, sg := range goals {
			t.Run(lang+"/"+sg.Goal.Title, func(t *testing.T) {
				r := sampleSMART(sg.Goal, sg.Plan, sg.History)
				if r.Verdict() > app.VerdictWarn {
					t.Errorf("SMART verdict %v: %+v", r.Verdict(), r.Letters)
				}
				for _, l := range r.Letters {
					for _, f := range l.Findings {
						if f.Verdict > app.VerdictPass {
							t.Logf("%s %v: %s %v", l.Letter, f.Verdict, f.Message, f.Args)
						}
					}
				}
				if c := app.CheckPlan(app.Calendar{}, sg.Goal, sg.Plan); !c.OK() || len(c.PastBound) > 0 {
					t.Errorf("CheckPlan = %+v", c)
				}
				if len(sg.History) != 12 || len(sg.CheckIns) != 1 || sg.CheckIns[0].PeriodKey != "2023-Q1" {
					t.Errorf("history %d values, check-ins %+v", len(sg.History), sg.CheckIns)
				}
				if sg.Goal.Owner == "" || sg.Goal.Rationale == "" || sg.Goal.Perspective == "" {
					t.Errorf("owner %q, rationale %q, perspective %q", sg.Goal.Owner, sg.Goal.Rationale, sg.Goal.Perspective)
				}
			})
		}
	}
}

func TestSamplePlanTexts(t *testing.T) {
	tests := []struct {
		lang, title string
	}{
		{"en", "In 2023, raise North-America sales by 20%, every quarter at least +5% year on year"},
		{"zh", "2023年北美地区销售额提升20%，每季度同比增长不低于5%"},
		{"fr", "In 2023, raise North-America sales by 20%, every quarter at least +5% year on year"},
	}
	for _, tt := range tests {
		if got := SamplePlan(tt.lang)[0].Goal.Title; got != tt.title {
			t.Errorf("SamplePlan(%q) title = %q, want %q", tt.lang, got, tt.title)
		}
	}
}

func TestSamplePlanFloors(t *testing.T) {
	want := [][]float64{
		{8_820_000, 12_180_000, 13_965_000, 17_535_000}, // 2022 × 1.05
		{50, 50, 50, 50},
		nil,
	}
	for i, sg := range SamplePlan("en") {
		for q, pt := range sg.Plan {
			switch {
			case want[i] == nil && pt.Floor != nil:
				t.Errorf("goal %d %s: floor %v, want none", i, pt.PeriodKey, *pt.Floor)
			case want[i] != nil && (pt.Floor == nil || *pt.Floor != want[i][q]):
				t.Errorf("goal %d %s: floor %v, want %v", i, pt.PeriodKey, pt.Floor, want[i][q])
			}
		}
	}
}

func TestLoadSample(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := LoadSample(ctx, s, "en"); err != nil {
		t.Fatalf("LoadSample: %v", err)
	}
	goals, err := s.ListGoals(ctx, app.GoalFilter{})
	if err != nil || len(goals) != 3 {
		t.Fatalf("ListGoals = %d goals, %v", len(goals), err)
	}
	want := []struct {
		abs, rel float64
		pp       bool
	}{
		{-2_000_000, -0.2, false},
		{-10, -0.2, false},
		{-2.0, -0.2, true},
	}
	q1 := testkit.Key(t, "2023-Q1")
	for i, g := range goals {
		plan, err := s.CurrentPlan(ctx, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkIns, err := s.CheckIns(ctx, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		history, err := s.History(ctx, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		v, ok := app.VsPlan(g.Unit, plan.Periods, app.ValueMap(app.ValuesFromCheckIns(checkIns)), q1)
		w := want[i]
		if !ok || !testkit.Near(v.Abs, w.abs) || !v.RelOK || !testkit.Near(v.Rel, w.rel) || v.PPOK != w.pp || (w.pp && !testkit.Near(v.PP, w.abs)) {
			t.Errorf("%s: VsPlan Q1 = %+v, %v; want abs %v, rel %v", g.Title, v, ok, w.abs, w.rel)
		}
		if r := sampleSMART(g, plan.Periods, history); !r.CanSave() {
			t.Errorf("%s: loaded goal fails SMART: %+v", g.Title, r.Letters)
		}
	}
	if v, err := s.Setting(ctx, SampleSetting, ""); err != nil || v != "1" {
		t.Errorf("setting %s = %q, %v; want 1", SampleSetting, v, err)
	}
	if err := LoadSample(ctx, s, "en"); !errors.Is(err, ErrSampleLoaded) {
		t.Errorf("second LoadSample = %v, want ErrSampleLoaded", err)
	}
	if v, err := s.Setting(ctx, app.SettingCurrency, ""); err != nil || v != "CNY" {
		t.Errorf("the sample's currency = %q, %v; want its goals' CNY", v, err)
	}
}

// TestLoadSampleKeepsTheCurrency loads the sample into a store whose
// business counts in euros: the setting stays.
func TestLoadSampleKeepsTheCurrency(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := s.SetSetting(ctx, app.SettingCurrency, "EUR"); err != nil {
		t.Fatal(err)
	}
	if err := LoadSample(ctx, s, "zh"); err != nil {
		t.Fatal(err)
	}
	if v, err := s.Setting(ctx, app.SettingCurrency, ""); err != nil || v != "EUR" {
		t.Errorf("currency = %q, %v; want EUR kept", v, err)
	}
}

// openStore opens a new store in a temporary folder, closed when the test
// ends.
func openStore(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), t.TempDir()+"/s.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
