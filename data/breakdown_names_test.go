package data_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/importer"
)

// TestApplyImportTwoDimensionsOneName imports a file with two dimension
// columns of the same header: they are stored as two dimensions, the
// second named "Region (2)", where one name made the store refuse the
// whole import for its values' clash.
func TestApplyImportTwoDimensionsOneName(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	tab, err := importer.ReadTable(strings.NewReader(
		"Date,Region,Region,Sales\n2026-01-05,North,North,100\n2026-01-06,South,North,50\n"), "sales.csv")
	mustNotErr(t, err)
	m := importer.Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{3: g.ID},
		Dimensions: []int{1, 2}, SkipHeader: true}
	p, err := importer.PlanImport(ctx, app.Calendar{}, tab, m, []app.Goal{*g}, app.Snapshot{}, nil)
	mustNotErr(t, err)
	mustNotErr(t, s.ApplyImport(ctx, p.Import(false)))
	want := []string{"2026-01 Region=North 100 (1)", "2026-01 Region=South 50 (1)", "2026-01 Region (2)=North 150 (2)"}
	if got := breakdownText(t, s, g.ID); !slices.Equal(got, want) {
		t.Errorf("breakdown %q, want %q", got, want)
	}
}
