package importer

import (
	"bytes"
	"context"
	"maps"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// blockGoals are a monthly and a quarterly flow goal of 2023.
func blockGoals() []app.Goal {
	g := func(id int64, cad app.Cadence) app.Goal {
		return app.Goal{ID: id, Title: "Sales", Aggregation: app.AggFlow, Decimals: 2, Cadence: cad, PlanBy: app.CadenceQuarter,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	return []app.Goal{g(1, app.CadenceMonth), g(2, app.CadenceQuarter)}
}

// blockCase is a table of blocks: its labels, the one that reads as the
// actuals, and the periods each block writes into goal.
type blockCase struct {
	name   string
	table  func(t *testing.T) Table
	goal   int64
	labels []string
	actual int
	want   map[string][]string
}

// TestPlanImportBlocks reads tables whose rows fall in blocks of the same
// months or quarters under a label (实际 and 预算, Actual and Budget, AC,
// PY and BU), as a report laid out across and then turned, or with a
// scenario column, writes them: the blocks were added up, so that each
// month held its actuals plus its budget. Without a block chosen the
// plan is refused; with one, only its rows are read.
func TestPlanImportBlocks(t *testing.T) {
	for _, tc := range blockCases() {
		t.Run(tc.name, func(t *testing.T) {
			tab := tc.table(t)
			b := FindBlocks(tab, 1)
			if b.Column != 0 || !slices.Equal(b.Labels, tc.labels) || b.Actual != tc.actual {
				t.Fatalf("blocks %+v, want column 0, %q, actual %d", b, tc.labels, tc.actual)
			}
			if goal, _, long := GuessLongLayout(tab, 1); long {
				t.Errorf("long layout guessed, goals in column %d", goal)
			}
			m := Mapping{DateColumn: 1, GoalColumn: -1, ValueColumns: map[int]int64{2: tc.goal}, SkipHeader: true, HeaderRow: tab.HeaderRow}
			_, err := PlanImport(context.Background(), app.Calendar{}, tab, m, blockGoals(), app.Snapshot{}, nil)
			if app.ErrorMessage(err) != msgImportChooseBlock {
				t.Errorf("no block chosen: %v, want %q", err, msgImportChooseBlock)
			}
			for label, want := range tc.want {
				m.Block = BlockChoice{Column: 0, Label: label}
				p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, blockGoals(), app.Snapshot{}, nil)
				if err != nil {
					t.Fatal(err)
				}
				others := len(tab.Rows) - tab.HeaderRow - 1 - len(want) // a row a period
				if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 || p.OtherBlocks != others {
					t.Errorf("block %s: %q, rejected %q, other rows %d; want %q, %d", label, got, importRejections(p), p.OtherBlocks, want, others)
				}
			}
		})
	}
}

func blockCases() []blockCase {
	return []blockCase{
		{name: "zh label over blank cells", goal: 1, labels: []string{"实际", "预算"}, actual: 0,
			table: csvBlocks(",月份,销售额\n实际,2023年1月,100\n,2023年2月,200\n预算,2023年1月,1000\n,2023年2月,2000\n"),
			want:  map[string][]string{"实际": {"1 2023-01 = 100 (1)", "1 2023-02 = 200 (1)"}, "预算": {"1 2023-01 = 1000 (1)", "1 2023-02 = 2000 (1)"}}},
		{name: "en scenario column", goal: 1, labels: []string{"Budget", "Actual"}, actual: 1,
			table: csvBlocks("Scenario,Month,Sales\nBudget,2023-01,1000\nBudget,2023-02,2000\nActual,2023-01,100\nActual,2023-02,200\n"),
			want:  map[string][]string{"Actual": {"1 2023-01 = 100 (1)", "1 2023-02 = 200 (1)"}}},
		{name: "three blocks AC PY BU", goal: 1, labels: []string{"AC", "PY", "BU"}, actual: 0,
			table: csvBlocks("Version,Month,Sales\nAC,Jan 2023,100\nPY,Jan 2023,90\nBU,Jan 2023,120\n"),
			want:  map[string][]string{"AC": {"1 2023-01 = 100 (1)"}, "PY": {"1 2023-01 = 90 (1)"}, "BU": {"1 2023-01 = 120 (1)"}}},
		{name: "quarters 本年 上年", goal: 2, labels: []string{"本年", "上年"}, actual: 0,
			table: csvBlocks("版本,季度,销售额\n本年,2023-Q1,300\n本年,2023-Q2,400\n上年,2023-Q1,250\n上年,2023-Q2,350\n"),
			want:  map[string][]string{"本年": {"2 2023-Q1 = 300 (1)", "2 2023-Q2 = 400 (1)"}}},
		{name: "no actual label asks", goal: 1, labels: []string{"预算", "计划"}, actual: -1,
			table: csvBlocks("版本,月份,销售额\n预算,2023年1月,1000\n计划,2023年1月,900\n"),
			want:  map[string][]string{"计划": {"1 2023-01 = 900 (1)"}}},
		{name: "xlsx zh merged 实际 计划 目标", goal: 1, labels: []string{"实际", "计划", "目标"}, actual: 0,
			table: xlsxBlocks([][]any{{"", "月份", "销售额"}, {"实际", "2023年1月", 100}, {"", "2023年2月", 200},
				{"计划", "2023年1月", 900}, {"", "2023年2月", 950}, {"目标", "2023年1月", 1000}, {"", "2023年2月", 1100}}),
			want: map[string][]string{"实际": {"1 2023-01 = 100 (1)", "1 2023-02 = 200 (1)"}, "目标": {"1 2023-01 = 1000 (1)", "1 2023-02 = 1100 (1)"}}},
		{name: "xlsx en merged quarters", goal: 2, labels: []string{"Actual", "Forecast"}, actual: 0,
			table: xlsxBlocks([][]any{{"", "Quarter", "Sales"}, {"Actual", "2023-Q1", 300}, {"", "2023-Q2", 400},
				{"Forecast", "2023-Q1", 310}, {"", "2023-Q2", 420}}),
			want: map[string][]string{"Forecast": {"2 2023-Q1 = 310 (1)", "2 2023-Q2 = 420 (1)"}}},
	}
}

// csvBlocks reads csv as ReadTable does.
func csvBlocks(csv string) func(t *testing.T) Table {
	return func(t *testing.T) Table { return readCSV(t, csv) }
}

// xlsxBlocks builds a workbook of rows whose labels in column A are
// merged down over the blank cells below them, as Excel users lay out
// blocks, and reads it.
func xlsxBlocks(rows [][]any) func(t *testing.T) Table {
	return func(t *testing.T) Table {
		f := excelize.NewFile()
		defer f.Close()
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
				t.Fatal(err)
			}
		}
		for top := 1; top < len(rows); top++ {
			last := top
			for last+1 < len(rows) && rows[last+1][0] == "" {
				last++
			}
			if last > top {
				if err := f.MergeCell("Sheet1", "A"+strconv.Itoa(top+1), "A"+strconv.Itoa(last+1)); err != nil {
					t.Fatal(err)
				}
			}
			top = last
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		tab, err := ReadTable(&buf, "blocks.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
}

// TestFindBlocksLeavesCategories checks that a column of stores or
// regions, whose rows rightly add up into a period, is no column of
// blocks, nor one that names a scenario among other things.
func TestFindBlocksLeavesCategories(t *testing.T) {
	for _, csv := range []string{
		"门店,月份,销售额\n北京店,2023年1月,100\n上海店,2023年1月,200\n",
		"Type,Month,Sales\nActual,2023-01,100\nOnline,2023-01,200\n",
		"版本,月份,销售额\n实际,2023年1月,100\n实际,2023年2月,200\n",
	} {
		if b := FindBlocks(readCSV(t, csv), 1); b.Column != -1 {
			t.Errorf("%q: blocks %+v", csv, b)
		}
	}
}

// TestBlockLabel checks what labels name: the actuals of this year, a
// budget, plan, target, forecast or another year, or no scenario.
func TestBlockLabel(t *testing.T) {
	for text, want := range map[string]labelKind{
		"实际": labelActual, "2024年实际数": labelActual, "本年实际": labelActual, "Actual 2024": labelActual, "AC": labelActual,
		"This year": labelActual, "实绩": labelActual, "Act": labelActual,
		"上年实际": labelOther, "Prior year actual": labelOther, "FY2024 Budget": labelOther, "去年同期": labelOther,
		"预测": labelOther, "Target": labelOther, "FC": labelOther, "Last Year": labelOther, "PY": labelOther,
		"北京店": labelNone, "计划外": labelNone, "Total": labelNone, "Year": labelNone, "Online": labelNone,
	} {
		if got := blockLabel(text); got != want {
			t.Errorf("blockLabel(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestPlanImportBlockOutsideTable refuses a block chosen in a column the
// table lacks, which would leave every row out.
func TestPlanImportBlockOutsideTable(t *testing.T) {
	tab := readCSV(t, "版本,月份,销售额\n实际,2023年1月,100\n预算,2023年1月,1000\n")
	m := Mapping{DateColumn: 1, GoalColumn: -1, ValueColumns: map[int]int64{2: 1}, SkipHeader: true, Block: BlockChoice{Column: 3, Label: "实际"}}
	if _, err := PlanImport(context.Background(), app.Calendar{}, tab, m, blockGoals(), app.Snapshot{}, nil); app.ErrorMessage(err) != msgImportBadColumns {
		t.Errorf("block in column 4: %v, want %q", err, msgImportBadColumns)
	}
}

// TestPlanImportGroupBlocks reads months down the rows under a header of
// two rows whose groups are blocks (实际, 预算; Actual, Budget) over the
// same stores: a goal fed from 北京店 of both added the budget onto the
// actuals, and is refused. Groups that are parts of a whole (线上, 线下)
// still add up, and each block may feed a goal of its own.
func TestPlanImportGroupBlocks(t *testing.T) {
	for _, tc := range []struct {
		csv     string
		columns map[int]int64
		refused bool
		want    []string
	}{
		{",实际,,预算,\n月份,北京店,上海店,北京店,上海店\n2023年1月,100,1,1000,10\n", map[int]int64{1: 1, 3: 1}, true, nil},
		{",Actual,,Budget,\nMonth,North,South,North,South\n2023-01,100,1,1000,10\n", map[int]int64{2: 1, 4: 1}, true, nil},
		{",实际,,预算,\n月份,北京店,上海店,北京店,上海店\n2023年1月,100,1,1000,10\n", map[int]int64{1: 1, 3: 2}, false,
			[]string{"1 2023-01 = 100 (1)", "2 2023-Q1 = 1000 (1) partial"}},
		{",线上,,线下,\n月份,北京店,上海店,北京店,上海店\n2023年1月,100,1,1000,10\n", map[int]int64{1: 1, 3: 1}, false,
			[]string{"1 2023-01 = 1100 (2)"}},
	} {
		tab := readCSV(t, tc.csv)
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: tc.columns, SkipHeader: true, HeaderRow: 1}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, blockGoals(), app.Snapshot{}, nil)
		if refused := app.ErrorMessage(err) == msgImportGroupBlocks; refused != tc.refused || !tc.refused && err != nil {
			t.Errorf("%q %v: %v, want refused %v", tc.csv, tc.columns, err, tc.refused)
			continue
		}
		if got := importPeriodsOf(p); !tc.refused && !slices.Equal(got, tc.want) {
			t.Errorf("%q %v: %q, want %q", tc.csv, tc.columns, got, tc.want)
		}
	}
}

// TestActualBlockNames names the columns of the actuals' block by their
// own names, for groups that are all blocks and one the actuals'.
func TestActualBlockNames(t *testing.T) {
	for _, tc := range []struct {
		csv  string
		want map[int]string
	}{
		{",预算,,实际,\n月份,北京店,上海店,北京店,上海店\n2023年1月,1000,10,100,1\n", map[int]string{3: "北京店", 4: "上海店"}},
		{",AC,,PY,,BU,\nMonth,North,South,North,South,North,South\n2023-01,1,2,3,4,5,6\n", map[int]string{1: "North", 2: "South"}},
		{",预算,,计划,\n月份,北京店,上海店,北京店,上海店\n2023年1月,1000,10,100,1\n", nil},
		{",线上,,线下,\n月份,北京店,上海店,北京店,上海店\n2023年1月,1000,10,100,1\n", nil},
	} {
		if got := ActualBlockNames(readCSV(t, tc.csv)); !maps.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.csv, got, tc.want)
		}
	}
}
