package importer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// sliceBenchCSV is 1,000,000 daily rows of 2026 with three dimensions of 50
// values each (产品, 地区, 渠道) and an amount in yuan.
func sliceBenchCSV() []byte {
	var b bytes.Buffer
	b.WriteString("日期,产品,地区,渠道,销售额(元)\n")
	start := app.NewDate(2026, time.January, 1)
	for i := range 1_000_000 {
		d := start.AddDate(0, 0, i*365/1_000_000).Format(app.DateLayout)
		fmt.Fprintf(&b, "%s,P%02d,R%02d,C%02d,%d.%02d\n", d, i%50, i/50%50, i/2500%50, i%9000+10, i%100)
	}
	return b.Bytes()
}

// BenchmarkImport1MRows3Dimensions reads, plans and writes sliceBenchCSV
// into a store as the UI does: one goal fed by 地区 = R07, one by every
// row, both broken down by the three dimensions. The issue asks for under
// 2 s, which make bench's table judges; the check below fails only past
// 3 s, a slowdown beyond the host's swing from run to run.
func BenchmarkImport1MRows3Dimensions(b *testing.B) {
	ctx := context.Background()
	file := sliceBenchCSV()
	s, err := data.Open(ctx, filepath.Join(b.TempDir(), "pacer.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var ids []int64
	for _, title := range []string{"R07 sales", "All sales"} {
		g := &app.Goal{Title: title, Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
			Unit: app.UnitCurrency, Decimals: 2, Aggregation: app.AggFlow, Target: 1e9,
			Start: app.NewDate(2026, time.January, 1), End: app.NewDate(2026, time.December, 31),
			Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
		if err := s.CreateGoal(ctx, g); err != nil {
			b.Fatal(err)
		}
		ids = append(ids, g.ID)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Dimensions: []int{1, 2, 3}, Sources: []Source{
		{GoalID: ids[0], ValueColumn: 4, Filter: []Condition{{Column: 2, Op: OpIs, Values: []string{"R07"}}}},
		{GoalID: ids[1], ValueColumn: 4}}}
	b.SetBytes(int64(len(file)))
	resetPeakRSS(b)
	b.ResetTimer()
	for b.Loop() {
		tab, err := ReadTable(bytes.NewReader(file), "sales.csv")
		if err != nil {
			b.Fatal(err)
		}
		snap, err := s.Snapshot(ctx, app.GoalFilter{})
		if err != nil {
			b.Fatal(err)
		}
		p, err := PlanImport(ctx, app.Calendar{}, tab, m, snap.Goals, snap, nil)
		if err != nil || len(p.Rejected) > 0 || p.Values != 1_020_000 || len(p.Breakdown) == 0 {
			b.Fatalf("err %v, rejected %d, values %d, breakdown %d", err, len(p.Rejected), p.Values, len(p.Breakdown))
		}
		if err := s.ApplyImport(ctx, p.Import(false)); err != nil {
			b.Fatal(err)
		}
	}
	// The process's peak resident memory while importing: the file's bytes
	// (held by the benchmark as the UI holds the file it previewed), its
	// table, the plan and SQLite's pages.
	b.ReportMetric(float64(peakRSSKB(b))/1024, "peak-rss-MB")
	b.ReportMetric(float64(len(file))/(1<<20), "file-MB")
	if per := b.Elapsed() / time.Duration(b.N); per > 3*time.Second {
		b.Errorf("import of 1,000,000 rows with 3 dimensions took %v, want under 3 s", per)
	}
}

// resetPeakRSS makes the kernel count the process's peak resident memory
// (VmHWM) afresh from now.
func resetPeakRSS(b *testing.B) {
	b.Helper()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Logf("the peak memory counts from the process's start: %v", err)
	}
}

// peakRSSKB is the process's peak resident memory (VmHWM) in kB.
func peakRSSKB(b *testing.B) int {
	b.Helper()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				b.Fatalf("VmHWM: %q", v)
			}
			return kb
		}
	}
	b.Fatal("no VmHWM in /proc/self/status")
	return 0
}
