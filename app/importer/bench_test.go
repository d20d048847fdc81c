package importer

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/data"
)

// importBenchCSV is 100,000 per-invoice rows over 2024–2026 for four goals,
// as a till exports them: quoted amounts with thousands separators and a
// level goal in percent. 2024 and 2025 go to history, 2026 to check-ins.
func importBenchCSV() []byte {
	var b bytes.Buffer
	b.WriteString("Date,Goal,Amount\r\n")
	names := []string{"Sales North", "Sales South", "New customers", "Margin"}
	start := app.NewDate(2024, time.January, 1)
	for i := range 100_000 {
		d := start.AddDate(0, 0, i*1096/100_000).Format(app.DateLayout)
		switch g := i % 4; g {
		case 2:
			fmt.Fprintf(&b, "%s,%s,%d\r\n", d, names[g], i%7+1)
		case 3:
			fmt.Fprintf(&b, "%s,%s,%d.%d%%\r\n", d, names[g], 20+i%9, i%10)
		default:
			fmt.Fprintf(&b, "%s,%s,\"%d,%03d.%02d\"\r\n", d, names[g], 1+i%40, i%1000, i%100)
		}
	}
	return b.Bytes()
}

// BenchmarkImport100kRows reads, plans and writes a 100,000-row CSV file
// into a store, as the UI does; the issue asks for under 2 s.
func BenchmarkImport100kRows(b *testing.B) {
	file := importBenchCSV()
	imp := importRows(b, file)
	b.SetBytes(int64(len(file)))
	b.ResetTimer()
	for b.Loop() {
		imp(0)
	}
	if per := b.Elapsed() / time.Duration(b.N); per > 2*time.Second {
		b.Errorf("import of 100,000 rows took %v, want under 2 s", per)
	}
}

// BenchmarkImport100kRowsVsCSVRead times BenchmarkImport100kRows's import
// and its floor in turns (benchPair): the same bytes read by encoding/csv
// alone, with no text-encoding or separator sniffing, no dates or numbers
// parsed, no plan and no database. ns/op is the import's median,
// csv-read-ns/op the floor's; B/op and allocs/op count both. make bench reports this pair,
// beside the 2 s budget that BenchmarkImport100kRows enforces.
func BenchmarkImport100kRowsVsCSVRead(b *testing.B) {
	file := importBenchCSV()
	imp := importRows(b, file)
	read := func(int) {
		recs, err := csv.NewReader(bytes.NewReader(file)).ReadAll()
		if err != nil || len(recs) != 100_001 {
			b.Fatalf("%d records, %v", len(recs), err)
		}
	}
	b.ResetTimer()
	testkit.BenchPair(b, "csv-read-ns/op", imp, read)
}

// importRows returns an import of file, the output of importBenchCSV,
// into a new store with its four goals, as the UI does it.
func importRows(b *testing.B, file []byte) func(int) {
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(b.TempDir(), "pacer.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, GoalByName: map[string]int64{}}
	for i, name := range []string{"Sales North", "Sales South", "New customers", "Margin"} {
		g := &app.Goal{Title: name, Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCurrency, Decimals: 2, Aggregation: app.AggFlow, Target: 1e6,
			Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31),
			Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
		if i == 2 {
			g.Unit, g.Decimals, g.Cadence = app.UnitCount, 0, app.CadenceWeek
		}
		if i == 3 {
			g.Unit, g.Decimals, g.Aggregation, g.Target = app.UnitPercent, 1, app.AggLevel, 30
		}
		if err := s.CreateGoal(ctx, g); err != nil {
			b.Fatal(err)
		}
		m.GoalByName[name] = g.ID
	}
	return func(int) {
		tab, err := ReadTable(bytes.NewReader(file), "till.csv")
		if err != nil {
			b.Fatal(err)
		}
		snap, err := s.Snapshot(ctx, app.GoalFilter{})
		if err != nil {
			b.Fatal(err)
		}
		p, err := PlanImport(ctx, app.Calendar{}, tab, m, snap.Goals, snap, nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Rejected) > 0 || p.Values != 100_000 {
			b.Fatalf("rejected %d, first %+v; values %d", len(p.Rejected), p.Rejected[:min(1, len(p.Rejected))], p.Values)
		}
		if err := s.ApplyImport(ctx, p.Import(false)); err != nil {
			b.Fatal(err)
		}
	}
}
