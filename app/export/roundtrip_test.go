package export

import (
	"bytes"
	"context"
	"io"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/importer"
	"pacer/app/internal/testkit"
	"pacer/app/notation"
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

// roundTrip exports the check-ins and the history of a store that fill
// fills, as CSV and as XLSX, headed in English and in Chinese, and imports
// each into a new store of the same goals on the columns the import
// guesses, as its dialog opens on them, checking that every value comes
// back as it was. The import took the check-ins' eight columns for one
// value column per goal, the history's four too, and with weeks, halves
// or years among the periods the check-ins' Created time for the date.
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
	for _, words := range []struct {
		name string
		tr   Translator
	}{{"en", nil}, {"zh", zhWords(t)}} {
		for _, format := range []string{"csv", "xlsx"} {
			t.Run(words.name+"_"+format, func(t *testing.T) {
				importGuessed(t, book, exportedTable(t, book, TableCheckIns, words.tr, format), false)
				if len(book.History) > 0 {
					importGuessed(t, book, exportedTable(t, book, TableHistory, words.tr, format), true)
				}
			})
		}
	}
}

// zhWords translates as the app does in Chinese, by the translations it
// ships: the headers the import must know are the ones users get.
func zhWords(t *testing.T) Translator {
	t.Helper()
	return testkit.ZhWords(t)
}

// exportedTable is table tab of book exported in format ("csv" or
// "xlsx") in the words of tr, read back as the import reads it.
func exportedTable(t *testing.T, book ExportBook, tab ExportTable, tr Translator, format string) importer.Table {
	t.Helper()
	name := tr.word(tableNames[tab])
	var (
		table importer.Table
		err   error
	)
	if format == "xlsx" {
		var buf bytes.Buffer
		if err := WriteDataXLSX(&buf, book, tr); err != nil {
			t.Fatal(err)
		}
		if tab == TableCheckIns {
			// The workbook opens on its check-ins: no sheet is named,
			// as none is when the import's dialog opens it.
			name = ""
		}
		table, err = importer.ReadSheet(bytes.NewReader(buf.Bytes()), "pacer.xlsx", name)
	} else {
		files := map[string]*memFile{}
		if err := WriteDataCSV(func(name string) (io.WriteCloser, error) {
			files[name] = &memFile{}
			return files[name], nil
		}, book, tr); err != nil {
			t.Fatal(err)
		}
		if files[name+".csv"] == nil {
			t.Fatalf("no %s.csv among %d files", name, len(files))
		}
		table, err = importer.ReadTable(bytes.NewReader(files[name+".csv"].Bytes()), name+".csv")
	}
	if err != nil {
		t.Fatal(err)
	}
	return table
}

// importGuessed imports table, Pacer's export of book's check-ins or, with
// history set, of its history, into a new store of book's goals on the
// columns, layout and decimals the import guesses, and checks that every
// value comes back as it was.
func importGuessed(t *testing.T, book ExportBook, table importer.Table, history bool) {
	t.Helper()
	date := importer.GuessDateColumn(table)
	goal, value, long := importer.GuessLongLayout(table, date)
	dims := importer.GuessDimensionColumns(table, date, goal, value)
	if date != 2 || goal != 1 || value != 3 || !long || len(dims) > 0 {
		t.Fatalf("guessed the date in column %d, goals in %d, values in %d, long %v, dimensions %v of %q; want the period, goal and value, long, none",
			date, goal, value, long, dims, table.Header)
	}
	comma, _ := importer.DetectDecimals(table, date).Suggests()
	ctx := context.Background()
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
	goals, _ := dst.ListGoals(ctx, app.GoalFilter{})
	snap, _ := dst.Snapshot(ctx, app.GoalFilter{})
	plan, err := importer.PlanImport(ctx, app.Calendar{}, table, importer.Mapping{DateColumn: date, GoalColumn: goal, ValueColumn: value,
		GoalByName: byTitle, NumberFormat: notation.NumberFormat{DecimalComma: comma}, HeaderRow: table.HeaderRow, SkipHeader: table.HasHeader},
		goals, snap, nil)
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
		var want, got map[string]float64
		if history {
			want = historyValues(book.History[g.ID])
			back, _ := dst.History(ctx, byTitle[strings.ToLower(g.Title)])
			got = historyValues(back)
		} else {
			want = checkInValues(book.CheckIns[g.ID])
			back, _ := dst.CheckIns(ctx, byTitle[strings.ToLower(g.Title)])
			got = checkInValues(back)
		}
		if !maps.Equal(got, want) {
			t.Errorf("%s: %v back, want %v", g.Title, got, want)
		}
	}
}

// checkInValues are the values of cs by period.
func checkInValues(cs []app.CheckIn) map[string]float64 {
	m := map[string]float64{}
	for _, c := range cs {
		m[c.PeriodKey] = c.Value
	}
	return m
}

// historyValues are the values of hs by period.
func historyValues(hs []app.HistoryValue) map[string]float64 {
	m := map[string]float64{}
	for _, h := range hs {
		m[h.PeriodKey] = h.Value
	}
	return m
}
