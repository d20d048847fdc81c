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
	ctx := context.Background()
	src, err := data.Open(ctx, filepath.Join(t.TempDir(), "src.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if err := sample.LoadSample(ctx, src, "zh"); err != nil {
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
		if err := dst.SaveGoalSetup(ctx, app.GoalSetup{Goal: &copyGoal, Plan: book.Plans[g.ID][len(book.Plans[g.ID])-1].Periods}); err != nil {
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
