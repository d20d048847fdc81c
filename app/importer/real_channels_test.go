package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"pacer/app"
)

// The channel files (testdata/real/make_channels_zh.py) hold a year of
// daily rows 日期, 门店, 产品, 地区, 渠道, 销售额(元), 新增客户 written by
// LibreOffice as a workbook with date and yuan cells, a workbook whose dates
// are plain Excel serials, a UTF-8 CSV with a BOM whose dates read
// "2023/1/5" and amounts "¥1,234.56", and a GBK CSV of serials and plain
// amounts. Sheet 汇总 of the first holds LibreOffice's own SUMIFS totals.
var channelFiles = []string{"libreoffice_channels_zh.xlsx", "libreoffice_channels_serial.xlsx",
	"libreoffice_channels_zh_bom.csv", "libreoffice_channels_gbk.csv"}

// channelGoals: 北美 A and B not sold online, Europe's sales, every new
// customer; quarterly flows of 2023.
func channelGoals() []app.Goal {
	g := func(id int64, title string, dec int) app.Goal {
		return app.Goal{ID: id, Title: title, Aggregation: app.AggFlow, Decimals: dec, Cadence: app.CadenceQuarter,
			PlanBy: app.CadenceQuarter, Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	return []app.Goal{g(1, "北美AB非线上", 2), g(2, "欧洲销售额", 2), g(3, "新增客户", 0)}
}

// channelSources feed the three goals from one file in one import.
var channelSources = []Source{
	{GoalID: 1, ValueColumn: 5, Filter: []Condition{{Column: 3, Op: OpIs, Values: []string{"北美"}},
		{Column: 2, Op: OpIn, Values: []string{"A", "B"}}, {Column: 4, Op: OpIsNot, Values: []string{"线上"}}}},
	{GoalID: 2, ValueColumn: 5, Filter: []Condition{{Column: 3, Op: OpIs, Values: []string{"欧洲"}}}},
	{GoalID: 3, ValueColumn: 6},
}

// TestImportRealChannels imports each channel file as the import dialog
// would (the dimension columns it guesses), feeding three goals at once:
// every quarter lands on LibreOffice's SUMIFS to the cent, each dimension
// adds up to it, the guessed dimensions are the four category columns,
// nothing is rejected, and a re-import replaces the four quarters.
func TestImportRealChannels(t *testing.T) {
	b := readReal(t, "libreoffice_channels_zh.xlsx")
	sums, err := ReadSheet(bytes.NewReader(b), "libreoffice_channels_zh.xlsx", "汇总")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range channelFiles {
		t.Run(file, func(t *testing.T) {
			tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
			if err != nil {
				t.Fatal(err)
			}
			dims := GuessDimensionColumns(tab, 0, 5, 6)
			if !slices.Equal(dims, []int{1, 2, 3, 4}) {
				t.Errorf("guessed dimensions %v, want 门店, 产品, 地区, 渠道", dims)
			}
			m := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Sources: channelSources, Dimensions: dims}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, channelGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Rejected) != 0 || p.Rows != 4380 || p.Filtered != 0 || len(p.CheckIns) != 12 {
				t.Fatalf("rows %d, filtered %d, %d check-ins, rejected %+v", p.Rows, p.Filtered, len(p.CheckIns), p.Rejected)
			}
			for _, c := range p.CheckIns {
				q := int(c.PeriodKey[len(c.PeriodKey)-1] - '0')
				if want := sums.Cell(q, int(c.GoalID)); want.Kind == CellText || c.Value != want.Number {
					t.Errorf("goal %d %s = %v, LibreOffice's SUMIFS %v", c.GoalID, c.PeriodKey, c.Value, want.Number)
				}
			}
			checkBreakdownAddsUp(t, p)
			again, err := PlanImport(context.Background(), app.Calendar{}, tab, m, channelGoals(),
				app.Snapshot{CheckIns: map[int64][]app.CheckIn{1: p.CheckIns[:4]}}, nil)
			if err != nil || again.Replaced != 4 {
				t.Errorf("re-import replaced %d (%v), want 4", again.Replaced, err)
			}
		})
	}
}

// TestImportRealChannelsOneGoal feeds North America alone: the other rows
// are skipped and counted, never rejected.
func TestImportRealChannelsOneGoal(t *testing.T) {
	const file = "libreoffice_channels_zh_bom.csv"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Sources: channelSources[:1], Dimensions: []int{1, 2, 3, 4}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, channelGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 12 rows a day, of which 北美 A and B not online are 2.
	if len(p.Rejected) != 0 || p.Filtered != 365*10 || len(p.CheckIns) != 4 {
		t.Errorf("filtered %d %q, rejected %d, %d check-ins", p.Filtered, p.FilteredValues, len(p.Rejected), len(p.CheckIns))
	}
}
