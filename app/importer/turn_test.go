package importer

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// turnCase is a file whose months run across its columns, as a program
// writes it, and what its import must write: by goal, named as the
// turned table names its column, the months and their values.
type turnCase struct {
	name string
	read func(t *testing.T) Table
	// block is the block imported, keepHidden imports hidden rows.
	block      string
	keepHidden bool
	want       map[string]string
	// year is the year found in the sheet, 0 for months that name theirs;
	// rejected are the rejections as "row N “month” column C".
	year     int
	rejected []string
	// hidden are the hidden rows named, totals the rows of totals skipped.
	hidden []int
	totals int
}

// months12 is a row of the twelve months from first, then a total.
func months12(first []any, month func(m int) any) []any {
	row := slices.Clone(first)
	for m := 1; m <= 12; m++ {
		row = append(row, month(m))
	}
	return append(row, "合计")
}

// salesOf is a store's twelve months, base plus the month, and their sum.
func salesOf(name string, base int) []any {
	row, sum := []any{name}, 0
	for m := 1; m <= 12; m++ {
		row, sum = append(row, base+m), sum+base+m
	}
	return append(row, sum)
}

// twelve is how want writes twelve months of base plus the month.
func twelve(base int) string {
	var s []string
	for m := 1; m <= 12; m++ {
		s = append(s, fmt.Sprintf("2023-%02d=%d", m, base+m))
	}
	return strings.Join(s, " ")
}

// turnWorkbook builds a sheet of rows as Excel saves it, the rows hidden
// hidden (1-based), a time.Time written as a date shown "mmm-yy", and reads it.
func turnWorkbook(rows [][]any, hidden ...int) func(t *testing.T) Table {
	return turnWorkbookShown("mmm-yy", rows, hidden...)
}

// turnWorkbookShown is turnWorkbook showing dates in format.
func turnWorkbookShown(format string, rows [][]any, hidden ...int) func(t *testing.T) Table {
	return func(t *testing.T) Table {
		t.Helper()
		f := excelize.NewFile()
		defer f.Close()
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			for j, v := range r {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				if err := f.SetCellValue("Sheet1", cell, v); err != nil {
					t.Fatal(err)
				}
				if _, ok := v.(time.Time); ok {
					if err := f.SetCellStyle("Sheet1", cell, cell, style); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
		for _, r := range hidden {
			if err := f.SetRowVisible("Sheet1", r, false); err != nil {
				t.Fatal(err)
			}
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		tab, err := ReadTable(bytes.NewReader(buf.Bytes()), "report.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
}

// turnCSV reads csv as ReadTable does.
func turnCSV(csv string) func(t *testing.T) Table {
	return func(t *testing.T) Table { return readCSV(t, csv) }
}

var turnCases = []turnCase{
	{name: "门店 1月 to 12月 合计 under a title", read: turnWorkbook([][]any{{"2023年门店销售月报"},
		months12([]any{"门店"}, func(m int) any { return fmt.Sprintf("%d月", m) }),
		salesOf("北京店", 100), salesOf("上海店", 200), {"合计", 303}}),
		want: map[string]string{"北京店": twelve(100), "上海店": twelve(200)}, year: 2023, totals: 1},
	{name: "Account Jan-23 to Dec-23 as date cells", read: turnWorkbook([][]any{
		months12([]any{"Account"}, func(m int) any { return time.Date(2023, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }),
		salesOf("Revenue", 1000), salesOf("Costs", 500)}),
		want: map[string]string{"Revenue": twelve(1000), "Costs": twelve(500)}},
	{name: "months as date cells shown as their first day", read: turnWorkbookShown("yyyy/m/d", [][]any{
		months12([]any{"科目"}, func(m int) any { return time.Date(2023, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }),
		salesOf("主营业务收入", 10)}),
		want: map[string]string{"主营业务收入": twelve(10)}},
	{name: "English months under a title year, CSV", read: turnCSV("Sales 2023,,,,\nStore,Jan,Feb,Mar,Total\nNorth,1,2,3,6\nSouth,4,5,6,15\n"),
		want: map[string]string{"North": "2023-01=1 2023-02=2 2023-03=3", "South": "2023-01=4 2023-02=5 2023-03=6"}, year: 2023},
	{name: "一月 with the year in a cell left of them", read: turnCSV("2023年,一月,二月,三月\n北京店,1,2,3\n"),
		want: map[string]string{"北京店": "2023-01=1 2023-02=2 2023-03=3"}, year: 2023},
	{name: "Jan-23 as a CSV writes it", read: turnCSV("Account,Jan-23,Feb-23,Mar-23,Total\nRevenue,1,2,3,6\n"),
		want: map[string]string{"Revenue": "2023-01=1 2023-02=2 2023-03=3"}},
	{name: "2023-01 and a 全年 column", read: turnCSV("项目,2023-01,2023-02,2023-03,全年\n收入,1,2,3,6\n"),
		want: map[string]string{"收入": "2023-01=1 2023-02=2 2023-03=3"}},
	{name: "01月份 under a year cell", read: turnCSV("年度,2023\n门店,01月份,02月份,03月份\n北京店,1,2,3\n"),
		want: map[string]string{"北京店": "2023-01=1 2023-02=2 2023-03=3"}, year: 2023},
	{name: "two label columns", read: turnCSV("门店,指标,2023年1月,2023年2月,2023年3月,合计\n北京,销售额,10,20,30,60\n,客流,1,2,3,6\n上海,销售额,40,50,60,150\n,客流,4,5,6,15\n"),
		want: map[string]string{"北京 · 销售额": "2023-01=10 2023-02=20 2023-03=30", "上海 · 客流": "2023-01=4 2023-02=5 2023-03=6"}},
	// A year's target and a store's code beside the months are figures,
	// not part of the name: the goals are titled 北京店 and 上海店.
	{name: "年度目标 and a code left of the months", read: turnCSV("2023年门店销售\n编号,门店,年度目标,1月,2月,3月\n101,北京店,1200,100,200,300\n102,上海店,600,10,20,30\n"),
		want: map[string]string{"北京店": "2023-01=100 2023-02=200 2023-03=300", "上海店": "2023-01=10 2023-02=20 2023-03=30"}, year: 2023},
	{name: "stores named by number alone", read: turnCSV("Sales 2023\nStore,Jan,Feb,Mar\n101,1,2,3\n102,4,5,6\n"),
		want: map[string]string{"101": "2023-01=1 2023-02=2 2023-03=3", "102": "2023-01=4 2023-02=5 2023-03=6"}, year: 2023},
	{name: "实际 and 预算 blocks", read: turnCSV("2023年实际与预算\n门店,实际,,,预算,,\n,1月,2月,3月,1月,2月,3月\n北京店,100,200,300,1000,2000,3000\n上海店,1,2,3,4,5,6\n"),
		block: "预算", want: map[string]string{"北京店": "2023-01=1000 2023-02=2000 2023-03=3000", "上海店": "2023-01=4 2023-02=5 2023-03=6"}, year: 2023},
	{name: "2023年实际 and 2023年预算 blocks", read: turnCSV("门店,2023年实际,,,2023年预算,,\n,1月,2月,3月,1月,2月,3月\n北京店,100,200,300,1000,2000,3000\n"),
		block: "2023年实际", want: map[string]string{"北京店": "2023-01=100 2023-02=200 2023-03=300"}, year: 2023},
	{name: "2022 and 2023 over their months", read: turnCSV("门店,2022,,,2023,,\n,1月,2月,3月,1月,2月,3月\n北京店,1,2,3,4,5,6\n"),
		// 2022 is before the goal: history, listed after its check-ins.
		want: map[string]string{"北京店": "2023-01=4 2023-02=5 2023-03=6 2022-01=1 2022-02=2 2022-03=3"}, year: 2022},
	{name: "a hidden row left out", read: turnWorkbook([][]any{{"门店", "2023年1月", "2023年2月", "2023年3月"},
		{"北京店", 1, 2, 3}, {"上海店", 4, 5, 6}, {"广州店", 7, 8, 9}}, 3),
		want: map[string]string{"北京店": "2023-01=1 2023-02=2 2023-03=3", "广州店": "2023-01=7 2023-02=8 2023-03=9"}, hidden: []int{3}},
	{name: "a hidden row kept", read: turnWorkbook([][]any{{"门店", "2023年1月", "2023年2月", "2023年3月"},
		{"北京店", 1, 2, 3}, {"上海店", 4, 5, 6}}, 3), keepHidden: true,
		want: map[string]string{"上海店": "2023-01=4 2023-02=5 2023-03=6"}, hidden: []int{3}},
	{name: "a bad cell named by its row and month", read: turnCSV("2023年销售月报\n\n门店,1月,2月,3月\n北京店,1,2,3\n上海店,4,5,6\n广州店,7,8,9\n深圳店,1,2,abc\n"),
		want: map[string]string{"北京店": "2023-01=1 2023-02=2 2023-03=3"}, year: 2023,
		rejected: []string{"row 7 “3月” column 4"}},
	// A product named Colgate Total is a row, not a total; Beijing Total
	// under Beijing's stores is one, as is a row holding the sums above.
	{name: "a product named X Total", read: turnCSV("Sales 2023\nProduct,Jan,Feb,Mar\nColgate Total,1,2,3\nCrest Pro,4,5,6\n"),
		want: map[string]string{"Colgate Total": "2023-01=1 2023-02=2 2023-03=3"}, year: 2023},
	{name: "a product equal to the row above", read: turnCSV("Sales 2023\nProduct,Jan,Feb,Mar\nCrest Pro,4,5,6\nColgate Total,4,5,6\nOral-B,1,1,1\n"),
		want: map[string]string{"Colgate Total": "2023-01=4 2023-02=5 2023-03=6"}, year: 2023},
	{name: "X Total of a group and of sums", read: turnCSV("Sales 2023\nRegion,Store,Jan,Feb,Mar\nBeijing,A,1,2,3\nBeijing,B,4,5,6\n" +
		"Beijing Total,,99,7,9\nShanghai,C,1,2,3\nShanghai,D,1,1,1\nEast Total,,2,3,4\n"),
		want: map[string]string{"Beijing · A": "2023-01=1 2023-02=2 2023-03=3", "Shanghai · D": "2023-01=1 2023-02=1 2023-03=1"}, year: 2023, totals: 2},
	{name: "bad cells of two rows listed in file order", read: turnCSV("FY2023\n门店,1月,2月,3月\n北京店,x,2,y\n上海店,1,z,3\n"),
		want: map[string]string{"上海店": "2023-01=1 2023-03=3"}, year: 2023,
		rejected: []string{"row 3 “1月” column 2", "row 3 “3月” column 4", "row 4 “2月” column 3"}},
}

// TestTurnMonths imports files whose months run across their columns,
// turned: each goal gets its row's months, of the year the months or
// the sheet name; totals, other blocks and hidden rows stay out, and a
// value that cannot be read is named by its row and month in the file.
func TestTurnMonths(t *testing.T) {
	for _, tc := range turnCases {
		t.Run(tc.name, func(t *testing.T) {
			tab, ok := TurnMonths(tc.read(t))
			if !ok {
				t.Fatal("not turned")
			}
			if tab.Turned.Year != tc.year {
				t.Errorf("year %d (from %q), want %d", tab.Turned.Year, tab.Turned.YearText, tc.year)
			}
			p := planTurned(t, tab, tc)
			for name, want := range tc.want {
				if got := turnedPeriods(p, tab, name); got != want {
					t.Errorf("%s: %s, want %s", name, got, want)
				}
			}
			var rejected []string
			for _, r := range p.Rejected {
				rejected = append(rejected, fmt.Sprintf("row %d “%s” column %d", r.Row, r.Month, r.Column+1))
			}
			if !slices.Equal(rejected, tc.rejected) {
				t.Errorf("rejected %q, want %q", rejected, tc.rejected)
			}
			checkLeftOutRows(t, p)
			if rows := len(slices.CompactFunc(slices.Clone(p.Rejected), func(a, b RejectedRow) bool { return a.Row == b.Row })); p.RejectedRows() != rows {
				t.Errorf("%d rows could not be read, counted %d", rows, p.RejectedRows())
			}
			if p.Partial != 0 {
				t.Errorf("%d periods partly covered: a month header read as a day", p.Partial)
			}
			if !slices.Equal(p.HiddenRows, tc.hidden) || p.Totals != tc.totals {
				t.Errorf("hidden rows %v, totals %d; want %v, %d", p.HiddenRows, p.Totals, tc.hidden, tc.totals)
			}
		})
	}
}

// checkLeftOutRows checks that the periods left out for rows that could
// not be read name those rows as the file numbers them.
func checkLeftOutRows(t *testing.T, p ImportPlan) {
	t.Helper()
	for _, lo := range p.LeftOut {
		for _, n := range lo.Rows {
			if !slices.ContainsFunc(p.Rejected, func(r RejectedRow) bool { return r.Row == n && r.GoalID == lo.GoalID }) {
				t.Errorf("left out %+v names row %d, which no rejection of its goal does", lo, n)
			}
		}
	}
	if len(p.Rejected) > 0 && len(p.LeftOut) == 0 {
		t.Error("rows were rejected and no period is left out")
	}
}

// planTurned plans the import of the turned tab as the import screen
// maps it: its guessed date column, and a goal for every column named.
func planTurned(t *testing.T, tab Table, tc turnCase) ImportPlan {
	t.Helper()
	m := Mapping{DateColumn: GuessDateColumn(tab), GoalColumn: -1, HeaderRow: tab.HeaderRow, SkipHeader: tab.HasHeader,
		KeepHidden: tc.keepHidden, Block: BlockChoice{Column: -1}}
	var goals []app.Goal
	for c, name := range tab.Header {
		if c <= m.DateColumn || name == TurnedBlockHeader {
			continue
		}
		goals = append(goals, app.Goal{ID: int64(c), Title: name, Aggregation: app.AggFlow, Decimals: 0,
			Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)})
		m.Sources = append(m.Sources, Source{GoalID: int64(c), ValueColumn: c})
	}
	if tc.block != "" {
		b := FindBlocks(tab, m.DateColumn)
		if !slices.Contains(b.Labels, tc.block) {
			t.Fatalf("blocks %+v, want %q among them", b, tc.block)
		}
		m.Block = BlockChoice{Column: b.Column, Label: tc.block}
	}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	return p
}

// turnedPeriods writes the periods p imports for the goal of the column
// named name.
func turnedPeriods(p ImportPlan, tab Table, name string) string {
	id := int64(slices.Index(tab.Header, name))
	var s []string
	for _, per := range p.Periods {
		if per.GoalID == id {
			s = append(s, fmt.Sprintf("%s=%v", per.PeriodKey, per.Value))
		}
	}
	return strings.Join(s, " ")
}

// TestTurnMonthsNotAcross leaves tables alone whose months do not run
// across, or have no labels left of them.
func TestTurnMonthsNotAcross(t *testing.T) {
	for _, csv := range []string{
		"月份,销售额,目标\n2023年1月,100,200\n2023年2月,100,200\n2023年3月,100,200\n",
		"1月,2月,3月\n1,2,3\n",
		"门店,1月,2月,3月\n",
	} {
		if _, ok := TurnMonths(readCSV(t, csv)); ok {
			t.Errorf("%q turned", csv)
		}
	}
}

// TestTurnMonthsNoYear turns months that name no year in a sheet that
// names none: they stay as they are, and the import refuses them as it
// refuses any month without a year, at the row of months.
func TestTurnMonthsNoYear(t *testing.T) {
	tab, ok := TurnMonths(readCSV(t, "门店,1月,2月,3月\n北京店,1,2,3\n"))
	if !ok || !tab.Turned.NoYear || tab.Turned.Year != 0 {
		t.Fatalf("turned %v, %+v", ok, tab.Turned)
	}
	p := planTurned(t, tab, turnCase{})
	if len(p.Periods) != 0 || len(p.Rejected) == 0 {
		t.Fatalf("periods %v, rejected %+v", p.Periods, p.Rejected)
	}
	if r := p.Rejected[0]; r.Row != 1 || r.Month != "1月" {
		t.Errorf("first rejected %+v, want row 1, 1月", r)
	}
}

// TestTurnedIsWide guesses the wide layout for a turned table of two
// rows, one with a text cell, which reads like a goal column beside a
// value column.
func TestTurnedIsWide(t *testing.T) {
	tab, ok := TurnMonths(readCSV(t, "Sales 2023\nStore,Jan,Feb,Mar,Total\nNorth,1,2,3,6\nSouth,4,abc,6,10\n"))
	if !ok {
		t.Fatal("not turned")
	}
	if _, _, long := GuessLongLayout(tab, GuessDateColumn(tab)); long {
		t.Error("a turned table is guessed the long layout")
	}
}

// FuzzTurnMonths checks that turning a table never panics, that each
// column and row of a turned table says where it came from, and that an
// import of it names only rows the file has.
func FuzzTurnMonths(f *testing.F) {
	f.Add("2023年销售月报\n门店,1月,2月,3月,合计\n北京店,1,2,3,6\n合计,1,2,3,6\n")
	f.Add("门店,指标,2023年1月,2023年2月,2023年3月\n北京,销售额,1,2,x\n,客流,1,,3\n")
	f.Add("门店,实际,,,预算,,\n,1月,2月,3月,1月,2月,3月\n北京店,1,2,3,4,5,6\n")
	f.Add("Sales FY2023\nStore,Jan,Feb,Mar\nNorth,1,2,3\n,,,\nNote,,,\n")
	f.Fuzz(func(t *testing.T, csv string) {
		tab, err := ReadTable(strings.NewReader(csv), "a.csv")
		if err != nil {
			return
		}
		turned, ok := TurnMonths(tab)
		if !ok {
			return
		}
		tu := turned.Turned
		if len(tu.Rows) != turned.Columns || len(tu.RowMonths) != len(turned.Rows) || len(tu.MonthColumns) != len(turned.Rows) {
			t.Fatalf("columns %d, rows %d, turned %+v", turned.Columns, len(turned.Rows), tu)
		}
		tc := turnCase{}
		if b := FindBlocks(turned, GuessDateColumn(turned)); b.Column >= 0 {
			tc.block = b.Labels[0]
		}
		if len(turned.Header) < 2 {
			return // no column to map
		}
		p := planTurned(t, turned, tc)
		for _, r := range p.Rejected {
			if r.Row < 1 || r.Row > len(tab.Rows) || r.Month == "" {
				t.Fatalf("rejected %+v of a file of %d rows", r, len(tab.Rows))
			}
		}
	})
}
