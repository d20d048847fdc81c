package importer

import (
	"bytes"
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/notation"
)

// FuzzPlanImport feeds a small file through ReadTable and PlanImport
// against fixed goals: planning never fails for a valid mapping, is
// deterministic, and accounts for every data row, which is either planned
// or rejected with its row number and a message; what it plans is what
// the store accepts.
func FuzzPlanImport(f *testing.F) {
	f.Add([]byte("date,goal,value\n2023-01-31,sales,\"1,234.5\"\n2023-02,销售额,¥800万\n2022-Q4,share,8%\nbad,ghost,NaN\n"), false, false, true)
	f.Add([]byte("Datum;Umsatz;Anteil\n31.01.2023;1.234,50;8,5\n\n02/03/2023;(1.234);\n"), true, true, false)
	f.Add([]byte("Month,Scenario,Sales\n2023-01,Actual,100\n2023-02,,200\n2023-01,Budget,1000\n"), true, false, false)
	f.Fuzz(func(t *testing.T, b []byte, monthFirst, comma, long bool) {
		tab, err := ReadTable(bytes.NewReader(b), "fuzz.csv")
		if err != nil {
			return // FuzzReadTable checks its errors
		}
		m := Mapping{DateColumn: 0, GoalColumn: -1, NumberFormat: notation.NumberFormat{DecimalComma: comma}, SkipHeader: tab.HasHeader,
			GoalByName: map[string]int64{"sales": 1, "销售额": 1, "share": 2, "visits": 3, "undated": 4, "ghost": 99}}
		if monthFirst {
			m.DayMonth = notation.MonthFirst
		}
		if long && tab.Columns >= 3 {
			m.GoalColumn, m.ValueColumn = 1, 2
		} else {
			m.ValueColumns = map[int]int64{}
			for c, id := range []int64{1, 2, 3, 4, 99} {
				if c+1 < tab.Columns {
					m.ValueColumns[c+1] = id
				}
			}
		}
		if b := FindBlocks(tab, 0); b.Column >= 0 && len(b.Labels) > 0 && monthFirst {
			m.Block = BlockChoice{Column: b.Column, Label: b.Labels[0]} // else the plan is refused, as checked below
		}
		existing := app.Snapshot{CheckIns: map[int64][]app.CheckIn{1: {{GoalID: 1, PeriodKey: "2023-01", Value: 5}}}}
		plan, err := PlanImport(context.Background(), testkit.April, tab, m, importGoals(), existing, nil)
		if len(m.ValueColumns) == 0 && m.GoalColumn < 0 {
			if app.ErrorMessage(err) != msgImportNoMapping {
				t.Fatalf("a mapping without value columns gives %v", err)
			}
			return
		}
		if msg := app.ErrorMessage(err); msg == msgImportChooseBlock || msg == msgImportGroupBlocks {
			return // blocks of the same periods, which must not add up, refused on purpose
		}
		if err != nil {
			t.Fatalf("PlanImport: %v", err)
		}
		if again, _ := PlanImport(context.Background(), testkit.April, tab, m, importGoals(), existing, nil); !reflect.DeepEqual(again, plan) {
			t.Fatal("PlanImport is not deterministic")
		}
		checkImportRejected(t, plan)
		checkImportAccounts(t, tab, m, plan)
		checkImportPeriods(t, plan)
	})
}

// checkImportAccounts checks that every data row of tab is planned, left
// out with a rejected row, rejected or skipped on purpose: a long row gives
// one value, one rejection or one skip, a wide row one
// per filled value cell (or column of a missing goal), and a row whose
// date is refused one rejection alone.
func checkImportAccounts(t *testing.T, tab Table, m Mapping, plan ImportPlan) {
	t.Helper()
	byRow := map[int][]RejectedRow{}
	overflow := false
	for _, r := range plan.Rejected {
		if r.Row < 1 || r.Row > len(tab.Rows) || (m.SkipHeader && r.Row == 1) || importBlankRow(tab.Rows[r.Row-1]) {
			t.Fatalf("rejection of row %d (of %d): %+v", r.Row, len(tab.Rows), r)
		}
		if r.Message == msgImportOverflow {
			overflow = true
			continue
		}
		byRow[r.Row] = append(byRow[r.Row], r)
	}
	skipped := 0
	if m.SkipHeader {
		skipped = 1
	}
	if plan.UnitRow > 0 { // the row of units under the header is part of it
		if plan.UnitRow != skipped+1 {
			t.Fatalf("row of units %d under a header of %d rows", plan.UnitRow, skipped)
		}
		skipped++
	}
	hidden := 0 // the rows a workbook hides, left out
	if !plan.HiddenKept {
		hidden = plan.Hidden
	}
	if plan.Rows+plan.Blank+skipped+hidden+plan.OtherBlocks != len(tab.Rows) {
		t.Fatalf("%d rows, %d blank, %d hidden, %d of other blocks, %d skipped of %d", plan.Rows, plan.Blank, hidden, plan.OtherBlocks, skipped, len(tab.Rows))
	}
	want, rejected := 0, 0
	others := otherBlockRows(tab, m, skipped)
	for i := skipped; i < len(tab.Rows); i++ {
		rs := byRow[i+1]
		rejected += len(rs)
		switch {
		case importBlankRow(tab.Rows[i]), others[i]:
		case !plan.HiddenKept && tab.HiddenRow(i):
		case len(rs) > 0 && rs[0].Column == m.DateColumn:
			if len(rs) != 1 {
				t.Fatalf("row %d: rejected for its date and more: %+v", i+1, rs)
			}
			want++
		case m.GoalColumn >= 0:
			want++
		case !wideValued(tab, i, m):
			// A wide row without a value holds nothing to import (a note
			// below the table), whatever its other cells and columns.
		default:
			for c, id := range m.ValueColumns {
				if cell := tab.Cell(i, c); id == 99 || strings.TrimSpace(cell.Text) != "" || cell.Kind != CellText {
					want++
				}
			}
		}
	}
	leftOut := 0
	for _, lo := range plan.LeftOut {
		leftOut += lo.Values
	}
	if got := plan.Values + leftOut + rejected + plan.Skipped + plan.Notes; got != want && !(overflow && got < want) {
		t.Fatalf("%d values, %d left out, %d rejections, %d skipped and %d notes; want %d outcomes",
			plan.Values, leftOut, rejected, plan.Skipped, plan.Notes, want)
	}
}

// wideValued reports whether row i has a value in one of m's value
// columns.
func wideValued(tab Table, i int, m Mapping) bool {
	for c := range m.ValueColumns {
		if importFilled(valueCell(tab, i, c)) {
			return true
		}
	}
	return false
}

// checkImportPeriods checks that the planned values are finite, kept to
// their goal's decimals, one per goal and period, in the goal's check-in
// periods or in history before it starts, and that they add up to the
// values accepted.
func checkImportPeriods(t *testing.T, plan ImportPlan) {
	t.Helper()
	goals := map[int64]app.Goal{}
	for _, g := range importGoals() {
		goals[g.ID] = g
	}
	seen, rows := map[storedKey]bool{}, 0
	for _, ip := range plan.Periods {
		g := goals[ip.GoalID]
		k := storedKey{ip.GoalID, ip.History, ip.PeriodKey}
		p, err := app.ParsePeriodKey(ip.PeriodKey)
		if r, rerr := app.RoundTo(ip.Value, g.Decimals); rerr != nil || r != ip.Value || seen[k] || err != nil || ip.From.After(ip.Through.Time) {
			t.Fatalf("planned %+v", ip)
		}
		seen[k] = true
		rows += ip.Rows
		inSpan := slices.Contains(app.CheckInPeriods(testkit.April, g), p)
		if ip.History == inSpan || (ip.History && !testkit.April.End(p).Before(g.Start.Time)) {
			t.Fatalf("planned %+v for a goal from %s to %s", ip, g.Start, g.End)
		}
	}
	if rows != plan.Values || len(plan.CheckIns)+len(plan.History) != len(plan.Periods) {
		t.Fatalf("%d rows in periods, %d values; %d check-ins and %d history for %d periods",
			rows, plan.Values, len(plan.CheckIns), len(plan.History), len(plan.Periods))
	}
}

// otherBlockRows are the rows from row first down that fall in a block
// other than m.Block: each row's label, or the nearest one above it.
func otherBlockRows(tab Table, m Mapping, first int) map[int]bool {
	others := map[int]bool{}
	if m.Block.Label == "" {
		return others
	}
	block := ""
	for i := first; i < len(tab.Rows); i++ {
		if importBlankRow(tab.Rows[i]) {
			continue
		}
		if text := importCellText(tab.Cell(i, m.Block.Column)); text != "" && !isTotalLabel(text) {
			block = text
		}
		others[i] = block != m.Block.Label
	}
	return others
}
