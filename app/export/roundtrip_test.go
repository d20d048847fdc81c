package export

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/importer"
	"pacer/app/sample"
	"pacer/data"
)

type memFile struct{ bytes.Buffer }

func (m *memFile) Close() error { return nil }

// Exported check-ins imported into an empty store with the same goals give
// the same numbers.
func TestExportImportRoundTrip(t *testing.T) {
	roundTrip(t, func(ctx context.Context, s *data.Store) error { return sample.LoadSample(ctx, s, "zh") })
}

// TestExportImportRoundTripOfEveryCadence round-trips the check-ins of
// weekly, half-yearly and yearly goals, whose periods the export writes
// as Pacer names them (2024-W02, 2024-H1, 2024), and of goals whose
// titles the CSV guards against spreadsheet formulas ('+20% online sales)
// and against being read as values (0012, Mar 2026), as it guards the
// period 2024.
func TestExportImportRoundTripOfEveryCadence(t *testing.T) {
	roundTrip(t, func(ctx context.Context, s *data.Store) error {
		goals := map[app.Cadence]string{app.CadenceWeek: "+20% online sales", app.CadenceHalf: "Half-yearly visits", app.CadenceYear: "=Yearly members",
			app.CadenceMonth: "0012", app.CadenceQuarter: "Mar 2026"}
		for c, title := range goals {
			g := app.Goal{Title: title, Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease, Unit: app.UnitCount,
				Aggregation: app.AggFlow, Target: 5200, Start: app.NewDate(2023, 1, 2), End: app.NewDate(2024, 12, 29), Cadence: c, PlanBy: app.CadenceQuarter}
			if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g}); err != nil {
				return err
			}
			for i, p := range app.CheckInPeriods(app.Calendar{}, g)[:2] {
				if err := s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: float64(100 + i), Confidence: 5}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// roundTrip exports the check-ins of a store that fill fills as CSV and
// imports them into a new store of the same goals, checking that every
// check-in comes back as it was.
func roundTrip(t *testing.T, fill func(context.Context, *data.Store) error) {
	ctx := context.Background()
	src, err := data.Open(ctx, filepath.Join(t.TempDir(), "src.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if err := fill(ctx, src); err != nil {
		t.Fatal(err)
	}
	book, err := LoadExportBook(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*memFile{}
	if err := WriteDataCSV(func(name string) (io.WriteCloser, error) {
		f := &memFile{}
		files[name] = f
		return f, nil
	}, book, nil); err != nil {
		t.Fatal(err)
	}
	var checkIns *memFile
	for name, f := range files {
		if strings.HasPrefix(strings.ToLower(name), "check") {
			checkIns = f
		}
	}
	if checkIns == nil {
		t.Fatalf("no check-ins file among %v", len(files))
	}

	dst, err := data.Open(ctx, filepath.Join(t.TempDir(), "dst.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	byTitle := map[string]int64{}
	for _, g := range book.Goals {
		copyGoal := g
		copyGoal.ID = 0
		var plan []app.PeriodTarget
		if revs := book.Plans[g.ID]; len(revs) > 0 {
			plan = revs[len(revs)-1].Periods
		}
		if err := dst.SaveGoalSetup(ctx, app.GoalSetup{Goal: &copyGoal, Plan: plan}); err != nil {
			t.Fatal(err)
		}
		byTitle[strings.ToLower(g.Title)] = copyGoal.ID
	}
	table, err := importer.ReadTable(bytes.NewReader(checkIns.Bytes()), "check-ins.csv")
	if err != nil {
		t.Fatal(err)
	}
	goals, _ := dst.ListGoals(ctx, app.GoalFilter{})
	snap, _ := dst.Snapshot(ctx, app.GoalFilter{})
	plan, err := importer.PlanImport(ctx, app.Calendar{}, table, importer.Mapping{DateColumn: 2, GoalColumn: 1, ValueColumn: 3,
		GoalByName: byTitle, SkipHeader: true}, goals, snap, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Rejected) != 0 {
		t.Fatalf("rejected: %+v", plan.Rejected)
	}
	if err := dst.ApplyImport(ctx, plan.Import(false)); err != nil {
		t.Fatal(err)
	}
	for _, g := range book.Goals {
		want := book.CheckIns[g.ID]
		got, _ := dst.CheckIns(ctx, byTitle[strings.ToLower(g.Title)])
		if len(got) != len(want) {
			t.Fatalf("%s: %d check-ins back, want %d", g.Title, len(got), len(want))
		}
		for i := range want {
			if got[i].PeriodKey != want[i].PeriodKey || got[i].Value != want[i].Value {
				t.Errorf("%s: %s %v back, want %s %v", g.Title, got[i].PeriodKey, got[i].Value, want[i].PeriodKey, want[i].Value)
			}
		}
	}
}
