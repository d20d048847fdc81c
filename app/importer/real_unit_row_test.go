package importer

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"pacer/app"
)

// TestImportRealUnitRow reads testdata/real/exceljs_unit_row_zh.xlsx, which
// ExcelJS 4.4.0 wrote, and libreoffice_unit_row_zh.csv, LibreOffice
// 7.4.7.2's CSV of it (make_unit_row_zh.js): under the header
// 月份/销售额/成本/客户数 a row of units, 单位/万元/万元/人, as Chinese reports
// write one. That row was refused as having no date, which stopped every
// period, and imported without it, 12.5 万元 came in as 12.5. It is now
// part of the header: 销售额 and 成本 are in 万元, 客户数 is not scaled.
func TestImportRealUnitRow(t *testing.T) {
	goal := func(id int64, dec int) app.Goal {
		return app.Goal{ID: id, Title: "g", Aggregation: app.AggFlow, Decimals: dec, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	var want []string
	for id, v := range map[int64]func(m int) float64{
		1: func(m int) float64 { return 125000 + 10000*float64(m) },
		2: func(int) float64 { return 82345 },
		3: func(m int) float64 { return 100 + float64(m) },
	} {
		for m := range 12 {
			want = append(want, fmt.Sprintf("%d 2023-%02d = %v (1)", id, m+1, v(m)))
		}
	}
	slices.Sort(want)
	for _, file := range []string{"exceljs_unit_row_zh.xlsx", "libreoffice_unit_row_zh.csv"} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, long := GuessLongLayout(tab, GuessDateColumn(tab)); long {
			t.Errorf("%s: guessed one value a row", file)
		}
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2, 3: 3}, SkipHeader: true}
		p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{goal(1, 0), goal(2, 0), goal(3, 0)}, app.Snapshot{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := importPeriodsOf(p)
		slices.Sort(got)
		if !slices.Equal(got, want) || len(p.Rejected) > 0 || p.Rows != 12 || p.UnitRow != 2 {
			t.Errorf("%s: periods\n%q\nrejected %q, rows %d, row of units %d; want\n%q, 12, 2", file, got, importRejections(p), p.Rows, p.UnitRow, want)
		}
		if len(p.Scales) != 2 || p.Scales[0].Header != "销售额(万元)" || p.Scales[1].Header != "成本(万元)" {
			t.Errorf("%s: scales %+v, want 销售额(万元) and 成本(万元)", file, p.Scales)
		}
	}
}

// TestUnitRowSpellings reads rows of units written with brackets, with
// the unit once in the date column, or in English, each as a header would
// state them.
func TestUnitRowSpellings(t *testing.T) {
	for units, want := range map[[3]string][2]int{
		{"", "（万元）", "(万元)"}: {4, 4}, {"单位：万元", "", ""}: {4, 4}, {"Unit", "USD thousands", "$000"}: {3, 3},
		{"单位", "万元", "件"}: {4, 0},
	} {
		tab := Table{Rows: [][]Cell{{{Text: "日期"}, {Text: "销售额"}, {Text: "成本"}}, {{Text: units[0]}, {Text: units[1]}, {Text: units[2]}}}}
		m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}, SkipHeader: true}
		var got [2]int
		for _, s := range columnScales(tab, m) {
			got[s.Column-1] = s.Places
		}
		if !unitRow(tab, m) || got != want {
			t.Errorf("%q: unit row %v, scales %v; want %v", units, unitRow(tab, m), got, want)
		}
	}
}

// TestUnitRowNotData leaves a row under the header that is data, or a
// row of units that states no scale, to be read as a row.
func TestUnitRowNotData(t *testing.T) {
	for _, rows := range [][]string{
		{"2023-01-05", "万元", "1"},
		{"", "北京", "万元"},
		{"单位", "元", "件"},
		{"合计", "万元", "万元"},
		{"2023-01-05", "万元", "万元"},
		{"", "1.5", "万元"},
	} {
		tab := Table{Rows: [][]Cell{{{Text: "日期"}, {Text: "销售额"}, {Text: "成本"}}, {{Text: rows[0]}, {Text: rows[1]}, {Text: rows[2]}}}}
		if unitRow(tab, Mapping{DateColumn: 0, SkipHeader: true}) {
			t.Errorf("%q read as a row of units", rows)
		}
	}
}
