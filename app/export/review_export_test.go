package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
	"pacer/data/sampledb"
)

// sampleTable is the Q1 2023 review of the sample plan in lang, with every
// column, and a review with measures for the sales goal.
func sampleTable(t *testing.T, lang string) app.ReviewTable {
	snap := sampledb.Snapshot(t, lang)
	rows := app.ReviewRows(app.Calendar{}, snap, testkit.Key(t, "2023-Q1"), testkit.Day(t, "2023-04-20"), app.DefaultThresholds)
	cols := []app.ReviewColumn{app.ColumnGoal, app.ColumnPeriod, app.ColumnUnit, app.ColumnExpected, app.ColumnActual, app.ColumnVariance, app.ColumnVarianceRel,
		app.ColumnLastYear, app.ColumnVsLastYearRel, app.ColumnReported, app.ColumnStatus, app.ColumnCause, app.ColumnMeasures}
	headers := map[string][]string{
		"en": {"Goal", "Period", "Unit", "Expected", "Actual", "Variance", "Variance %", "Last year", "vs last year %", "Reported", "Status", "Cause", "Measures"},
		"zh": {"目标", "期间", "单位", "预期", "实际", "差异", "差异 %", "去年同期", "同比 %", "已填报", "状态", "原因", "改进措施"},
	}[lang]
	sales := snap.Goals[0]
	review := app.Review{GoalID: sales.ID, PeriodKey: "2023-Q1", CauseText: map[string]string{"en": "Weak market demand, \"wait and see\"", "zh": "市场需求疲软"}[lang],
		Measures: []app.Measure{{Text: "Market research", Owner: "Chen Jing", Due: app.NewDate(2023, 5, 31)}, {Text: "More promotion"}}}
	return app.ReviewTable{
		Sheet: map[string]string{"en": "Q1 2023 review", "zh": "2023年第1季度复盘"}[lang], Columns: cols, Headers: headers, Rows: rows,
		PeriodLabel:  func(p app.Period) string { return map[string]string{"en": "Q1 2023", "zh": "2023年第1季度"}[lang] },
		StatusLabels: map[app.Status]string{app.StatusPartial: map[string]string{"en": "Partly achieved", "zh": "部分达成"}[lang]},
		Reviews:      map[int64]app.Review{sales.ID: review},
		PointsUnit:   map[string]string{"en": "", "zh": "个百分点"}[lang],
	}
}

func TestWriteReviewCSV(t *testing.T) {
	tests := []struct {
		lang string
		want [][]string
	}{
		{"en", [][]string{
			{"Goal", "Period", "Unit", "Expected", "Actual", "Variance", "Variance %", "Last year", "vs last year %", "Reported", "Status", "Cause", "Measures"},
			{sample.SamplePlan("en")[0].Goal.Title, "Q1 2023", "CNY", "10000000", "8000000", "-2000000", "-20.0", "8400000", "-4.8", "\u20601/1", "Partly achieved",
				`Weak market demand, "wait and see"`, "Market research (Chen Jing, 2023-05-31)\nMore promotion"},
			{sample.SamplePlan("en")[1].Goal.Title, "Q1 2023", "", "50", "40", "-10", "-20.0", "41", "-2.4", "\u20601/1", "Partly achieved", "", ""},
			{sample.SamplePlan("en")[2].Goal.Title, "Q1 2023", "%", "10.0", "8.0", "-2.0", "-2.0", "6.6", "1.4", "\u20601/1", "Partly achieved", "", ""},
		}},
		{"zh", [][]string{
			{"目标", "期间", "单位", "预期", "实际", "差异", "差异 %", "去年同期", "同比 %", "已填报", "状态", "原因", "改进措施"},
			{"2023年北美地区销售额提升20%，每季度同比增长不低于5%", "2023年第1季度", "CNY", "10000000", "8000000", "-2000000", "-20.0", "8400000", "-4.8", "\u20601/1", "部分达成",
				"市场需求疲软", "Market research (Chen Jing, 2023-05-31)\nMore promotion"},
			{"2023年北美地区新增活跃客户200家，每季度不少于50家", "2023年第1季度", "", "50", "40", "-10", "-20.0", "41", "-2.4", "\u20601/1", "部分达成", "", ""},
			{"2023年北美地区市场占有率提升至15%", "2023年第1季度", "%", "10.0", "8.0", "-2.0", "-2.0", "6.6", "1.4", "\u20601/1", "部分达成", "", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteReviewCSV(&b, sampleTable(t, tt.lang)); err != nil {
				t.Fatal(err)
			}
			raw := b.Bytes()
			if !bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) {
				t.Fatalf("no UTF-8 BOM: % x", raw[:min(3, len(raw))])
			}
			if !bytes.Contains(raw, []byte("\r\n")) {
				t.Error("lines do not end in CRLF")
			}
			got, err := csv.NewReader(bytes.NewReader(raw[3:])).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%d records, want %d", len(got), len(tt.want))
			}
			for i := range tt.want {
				for j := range tt.want[i] {
					if got[i][j] != tt.want[i][j] {
						t.Errorf("record %d field %d = %q, want %q", i, j, got[i][j], tt.want[i][j])
					}
				}
			}
		})
	}
}

func TestWriteReviewCSVFormulaGuard(t *testing.T) {
	g := app.Goal{Title: "=HYPERLINK(\"x\")", Unit: app.UnitCount}
	tbl := app.ReviewTable{Headers: []string{"Goal", "Period", "Expected", "Actual", "Variance", "Variance %", "Status"},
		Rows: []app.ReviewRow{{Goal: g, Period: testkit.Key(t, "2023-Q1"), Status: app.StatusNoData, HasExpected: true, ExpectedCovered: -0.0001}}}
	recs := reviewCSVRecords(t, tbl)
	if want := []string{`'=HYPERLINK("x")`, "2023-Q1", "0", "", "", "", "no_data"}; strings.Join(recs[1], "|") != strings.Join(want, "|") {
		t.Errorf("record %q, want %q", recs[1], want)
	}
}

func TestWriteReviewErrors(t *testing.T) {
	tests := []struct {
		name string
		tbl  app.ReviewTable
	}{
		{"TooFewHeaders", app.ReviewTable{Headers: []string{"Goal"}}},
		{"UnknownColumn", app.ReviewTable{Columns: []app.ReviewColumn{99}, Headers: []string{"x"}}},
	}
	for _, tt := range tests {
		for name, write := range map[string]func(*bytes.Buffer, app.ReviewTable) error{
			"csv":  func(b *bytes.Buffer, t app.ReviewTable) error { return WriteReviewCSV(b, t) },
			"xlsx": func(b *bytes.Buffer, t app.ReviewTable) error { return WriteReviewXLSX(b, t) },
		} {
			if err := write(&bytes.Buffer{}, tt.tbl); !errors.Is(err, app.ErrReviewTable) {
				t.Errorf("%s %s: err = %v, want ErrReviewTable", tt.name, name, err)
			}
		}
	}
}

func TestWriteReviewXLSX(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			tbl := sampleTable(t, lang)
			f := reviewWorkbook(t, tbl)
			sheet := tbl.Sheet
			if got := f.GetSheetList(); len(got) != 1 || got[0] != sheet {
				t.Fatalf("sheets %q, want [%q]", got, sheet)
			}
			if v, _ := f.GetCellValue(sheet, "A1"); v != tbl.Headers[0] {
				t.Errorf("A1 = %q", v)
			}
			if v, _ := f.GetCellValue(sheet, "A4"); v != tbl.Rows[2].Goal.Title {
				t.Errorf("A4 = %q, want the share goal's title", v)
			}
			// Numbers, as stored and as shown: D expected, E actual, F
			// variance, G variance %, H last year, I vs last year %.
			numbers := []struct {
				cell  string
				value float64
				shown string
			}{
				{"D2", 10e6, "¥10,000,000"}, {"E2", 8e6, "¥8,000,000"}, {"F2", -2e6, "-¥2,000,000"}, {"G2", -0.2, "-20.0%"},
				{"H2", 8.4e6, "¥8,400,000"},
				{"D3", 50, "50"}, {"E3", 40, "40"}, {"F3", -10, "-10"}, {"G3", -0.2, "-20.0%"},
				{"D4", 0.1, "10.0%"}, {"E4", 0.08, "8.0%"}, {"F4", -2, "-2.0" + chart.PointsUnit(tbl.PointsUnit)}, {"G4", -2, "-2.0" + chart.PointsUnit(tbl.PointsUnit)},
				{"H4", 0.066, "6.6%"}, {"I4", 1.4, "+1.4" + chart.PointsUnit(tbl.PointsUnit)},
			}
			for _, n := range numbers {
				typ, err := f.GetCellType(sheet, n.cell)
				if err != nil {
					t.Fatal(err)
				}
				if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
					t.Errorf("%s holds a string", n.cell)
				}
				raw, _ := f.GetCellValue(sheet, n.cell, excelize.Options{RawCellValue: true})
				if v, err := strconv.ParseFloat(raw, 64); err != nil || !testkit.Near(v, n.value) {
					t.Errorf("%s = %q, want %v", n.cell, raw, n.value)
				}
				if shown, _ := f.GetCellValue(sheet, n.cell); shown != n.shown {
					t.Errorf("%s shows %q, want %q", n.cell, shown, n.shown)
				}
			}
			if v, _ := f.GetCellValue(sheet, "M2"); !strings.Contains(v, "\n") {
				t.Errorf("measures %q are not one a line", v)
			}
			panes, err := f.GetPanes(sheet)
			if err != nil || !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("panes %+v %v: header row not frozen", panes, err)
			}
			style, _ := f.GetCellStyle(sheet, "B1")
			if s, err := f.GetStyle(style); err != nil || s.Font == nil || !s.Font.Bold {
				t.Errorf("header style %+v %v: not bold", s, err)
			}
			if w, _ := f.GetColWidth(sheet, "A"); w < 30 || w > maxColumnWidth+2 {
				t.Errorf("goal column %v wide", w)
			}
			if w, _ := f.GetColWidth(sheet, "D"); w < 11 || w > 20 {
				t.Errorf("expected column %v wide", w)
			}
		})
	}
}

func TestSheetName(t *testing.T) {
	tests := map[string]string{
		"":               "Review",
		"Q1 2023 review": "Q1 2023 review",
		"a/b:c*d?[e]\\f": "abcdef",
		"'quoted'":       "quoted",
		"2023年北美地区第1季度复盘与改进措施以及后续行动计划汇总表格第二版本": "2023年北美地区第1季度复盘与改进措施以及后续行动计划汇总表",
	}
	for in, want := range tests {
		if got := sheetName(in); got != want {
			t.Errorf("sheetName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPercentFractionIsTheShownDecimal checks that a percent value goes to
// a sheet as the decimal it shows moved two places, so that the sheet's
// rounding shows what Pacer shows: 8.35 is 0.0835 (8.4% at one decimal),
// not 0.08349999999999999 (8.3%).
func TestPercentFractionIsTheShownDecimal(t *testing.T) {
	for v, want := range map[float64]string{8.35: "0.0835", 10: "0.1", 0.5: "0.005", -2.25: "-0.0225", 0: "0", 12.345678: "0.12345678"} {
		if got := strconv.FormatFloat(percentFraction(v), 'f', -1, 64); got != want {
			t.Errorf("percentFraction(%v) = %s, want %s", v, got, want)
		}
	}
}
