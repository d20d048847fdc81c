package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestHeaderScale reads the scales headers state, and none where a word
// only looks like one.
func TestHeaderScale(t *testing.T) {
	for header, want := range map[string]int{
		"销售额(万元)": 4, "营业额（万元）": 4, "金额/千元": 3, "营业额（百万元）": 6, "收入(亿元)": 8,
		"销售额万元": 4, "金额（单位：万元）": 4, "单位：千元": 3, "營業額(萬元)": 4, "客流(万人次)": 4,
		"出口额(千万美元)": 7, "Revenue (in thousands)": 3, "Sales ($000)": 3, "Sales (k)": 3, "Sales (K)": 3,
		"Revenue, $m": 6, "Revenue (£m)": 6, "Revenue (m)": 0, "Fabric sold (m)": 0, "Distance (m)": 0, "Revenue (mn)": 6, "Sales (millions)": 6, "Sales in thousands": 3,
		"Sales (000s)": 3, "Revenue (USD m)": 6, "Revenue ($mm)": 6, "Sales, €k": 3, "Revenue (bn)": 9,
		"Revenue": 0, "Sales m2": 0, "Items (m²)": 0, "Monthly": 0, "Sales (USD)": 0, "Weight (kg)": 0,
		"重量(千克)": 0, "距离(千米)": 0, "占比(万分比)": 0, "万达广场": 0, "Length (mm)": 0, "Sales in m2": 0,
		"Revenue, m": 0, "Qty k": 0, "销售额(元)": 0, "Store / Region": 0, "千元店": 0, "": 0, "Mkt (%)": 0,
	} {
		if got := headerScale(header); got != want {
			t.Errorf("headerScale(%q) = %d, want %d", header, got, want)
		}
	}
}

// TestScaleValueIsExact moves the decimal point rather than multiplying
// floats: 1.1 × 1,000 is 1100, not 1100.0000000000002.
func TestScaleValueIsExact(t *testing.T) {
	// Each case is the value, the power of ten and the product.
	cases := [][3]float64{{12.345, 4, 123450}, {1.1, 3, 1100}, {0.29, 6, 290000}, {-4.35, 4, -43500},
		{0.07, 8, 7000000}, {123456.789, 3, 123456789}, {0, 4, 0}, {1e-7, 4, 0.001}}
	for _, c := range cases {
		if got := scaleValue(c[0], int(c[1])); got != c[2] {
			t.Errorf("scaleValue(%v, %v) = %v, want %v", c[0], c[1], got, c[2])
		}
	}
}

// TestPlanImportHeaderScale imports a Chinese sheet whose value column is
// headed 销售额(万元): 12.345 is 123,450, exactly, and the plan names the
// column and its scale for the check to show; a column without one is
// read as it is.
func TestPlanImportHeaderScale(t *testing.T) {
	csv := "日期,目标,销售额(万元)\n" +
		"2023-01-05,Sales,12.345\n" +
		"2023-01-06,Sales,\"1,000.5\"\n" +
		"2023-02-07,Sales,0.0001\n" +
		"2023-03-08,Visits,3\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	if len(p.Rejected) > 0 {
		t.Fatalf("rejected %v", importRejections(p))
	}
	want := []string{"1 2023-01 = 1.012845e+07 (2) partial", "1 2023-02 = 1 (1) partial", "3 2023-W10 = 30000 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Errorf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if wantScales := []ColumnScale{{Column: 2, Header: "销售额(万元)", Places: 4, Factor: 10000}}; !slices.Equal(p.Scales, wantScales) {
		t.Errorf("scales %+v, want %+v", p.Scales, wantScales)
	}
	plain := importPlanOf(t, strings.Replace(csv, "(万元)", "", 1), importLongMapping, app.Snapshot{})
	if got := importPeriodsOf(plain); len(plain.Scales) > 0 || !slices.Contains(got, "3 2023-W10 = 3 (1) partial") {
		t.Errorf("without a scale: %v, scales %v", got, plain.Scales)
	}
}

// TestPlanImportScaleRefusesAValueWithItsOwnUnit: under 销售额(万元), a
// cell that writes its own magnitude or currency word, "1.2万" or
// "12000元", is in full or in the header's unit, no one can say which:
// each is refused, naming it and the header. Scaled, each read
// 120,000,000. A bare sign is a currency format's, which writes it on
// every cell: "¥1.5" is 15,000, as a plain 1.2 is 12,000.
func TestPlanImportScaleRefusesAValueWithItsOwnUnit(t *testing.T) {
	csv := "日期,目标,销售额(万元)\n" +
		"2023-01-05,Sales,1.2万\n" +
		"2023-02-06,Sales,¥1.5\n" +
		"2023-01-07,Sales,12000元\n" +
		"2023-02-07,Sales,1.2\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	want := rowMessages(2, msgImportOwnUnit, 4, msgImportOwnUnit)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if args := p.Rejected[0].Args; args["Text"] != "1.2万" || args["Header"] != "销售额(万元)" {
		t.Errorf("args %v", args)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-02 = 27000 (2) partial"}) {
		t.Errorf("periods %v", got)
	}
}

// TestPlanImportHeaderScaleWide: in the wide layout each value column
// has its own scale, "Revenue (in thousands)" beside a plain one.
func TestPlanImportHeaderScaleWide(t *testing.T) {
	csv := "Date,Revenue (in thousands),Visits\n2023-01-05,1.25,7\n2023-01-06,\"2,000.1\",8\n"
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 3}, SkipHeader: true}
	p := importPlanOf(t, csv, m, app.Snapshot{})
	want := []string{"1 2023-01 = 2.00135e+06 (2) partial", "3 2023-W01 = 15 (2) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods\n%s\nwant\n%s\nrejected %v", strings.Join(got, "\n"), strings.Join(want, "\n"), importRejections(p))
	}
	if len(p.Scales) != 1 || p.Scales[0].Column != 1 || p.Scales[0].Factor != 1000 {
		t.Errorf("scales %+v", p.Scales)
	}
}

// TestPlanImportHeaderScaleTooLarge refuses a value its scale takes
// beyond what the goal holds, as other bad values are refused, and keeps
// refusing a scale word written after the number in the cell.
func TestPlanImportHeaderScaleTooLarge(t *testing.T) {
	csv := "日期,目标,收入(亿元)\n" +
		"2023-01-05,Sales,900000000\n" +
		"2023-02-05,Sales,1.5 Mio.\n" +
		"2023-03-05,Sales,2\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	wantRejected := rowMessages(2, msgImportScaledTooLarge, 3, msgImportBadNumber)
	if got := importRejections(p); !slices.Equal(got, wantRejected) {
		t.Fatalf("rejected\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantRejected, "\n"))
	}
	if args := p.Rejected[0].Args; args["Factor"] != "100,000,000" || args["Header"] != "收入(亿元)" || args["Goal"] != "Sales" {
		t.Errorf("args %v", args)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-03 = 2e+08 (1) partial"}) {
		t.Errorf("periods %v", got)
	}
}

// TestPlanImportGroupHeaderScale: a ledger states its unit once, on the
// group over its columns (收入(万元) over 数量 and 金额); each amount under
// it is in 万元, unless its own name states a unit of its own (数量(件)),
// and a group without one scales nothing.
func TestPlanImportGroupHeaderScale(t *testing.T) {
	csv := "日期,收入(万元),,支出,\n" +
		",数量(件),金额,数量,金额\n" +
		"2023-01-05,3,1.25,2,800\n" +
		"2023-02-05,4,2.5,1,900\n"
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 3, 2: 1, 4: 2}, SkipHeader: true, HeaderRow: 1}
	p := importPlanOf(t, csv, m, app.Snapshot{})
	want := []ColumnScale{{Column: 2, Header: "收入(万元) · 金额", Places: 4, Factor: 10000, Inherited: true, Currency: true}}
	if !slices.Equal(p.Scales, want) {
		t.Errorf("scales %+v, want %+v", p.Scales, want)
	}
	wantPeriods := []string{"1 2023-01 = 12500 (1) partial", "1 2023-02 = 25000 (1) partial",
		"2 2023-01 = 800 (1) partial", "2 2023-02 = 900 (1) partial",
		"3 2023-W01 = 3 (1) partial", "3 2023-W05 = 4 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, wantPeriods) || len(p.Rejected) > 0 {
		t.Errorf("periods\n%s\nwant\n%s\nrejected %v", strings.Join(got, "\n"), strings.Join(wantPeriods, "\n"), importRejections(p))
	}
}

// TestPlanImportScaleAboveTable: a report states its unit once under its
// title ("单位：万元"); every value column whose header states no unit of
// its own is in it, but not a percent goal's, and "单位：元" or a title
// holding a scale word states no scale.
func TestPlanImportScaleAboveTable(t *testing.T) {
	const body = "日期,目标,销售额(含税),数量(件)\n2023-01-05,Sales,1.25,3\n2023-02-05,Share,12.5,4\n"
	m := importLongMapping
	m.HeaderRow = 2
	p := importPlanOf(t, "某某贸易有限公司2023年销售报表,,,\n,,,金额单位：人民币万元\n"+body, m, app.Snapshot{})
	want := []ColumnScale{{Column: 2, Header: "销售额(含税)", Places: 4, Factor: 10000, Stated: "金额单位：人民币万元", Inherited: true, Currency: true}}
	if !slices.Equal(p.Scales, want) {
		t.Errorf("scales %+v, want %+v", p.Scales, want)
	}
	if got, want := importPeriodsOf(p), []string{"1 2023-01 = 12500 (1) partial", "2 2023-02 = 125000 (1) partial"}; !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q", got, want)
	}
	goals := importGoals()
	goals[1].Unit = app.UnitPercent
	tab, err := ReadTable(strings.NewReader("单位：万元\n\n"+body), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	percent, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if got := importPeriodsOf(percent); err != nil || !slices.Contains(got, "2 2023-02 = 12.5 (1) partial") {
		t.Errorf("a percent goal under 单位：万元: %q, %v", got, err)
	}
	m.ValueColumn = 3
	if p := importPlanOf(t, "2023年销售报表\n(in thousands)\n"+body, m, app.Snapshot{}); len(p.Scales) > 0 {
		t.Errorf("a column in 件 took the table's scale: %+v", p.Scales)
	}
	m.ValueColumn = 2
	for _, above := range []string{"单位：元", "2023年万元户统计", "Sales (in thousands)", "单位：万达集团",
		"填报单位：万科集团", "编制单位：万和电气,,单位：元", "单位名称：某某公司", "Unit price: 3.50"} {
		if p := importPlanOf(t, above+"\n\n"+body, m, app.Snapshot{}); len(p.Scales) > 0 {
			t.Errorf("%q: scales %+v", above, p.Scales)
		}
	}
	for _, above := range []string{"(in thousands)", "Unit: USD thousands", "单位: 万元", "（单位：万元）",
		"2023年销售报表（单位：万元）", "单位：万元 币种：人民币", "单位：万元。", "单位：万元（人民币）",
		"编制单位：某某公司 单位：万元", "金额单位：万元  数量单位：件"} {
		if p := importPlanOf(t, above+"\n\n"+body, m, app.Snapshot{}); len(p.Scales) != 1 || p.Scales[0].Stated != above {
			t.Errorf("%q: scales %+v", above, p.Scales)
		}
	}
}

// TestPlanImportInheritedScaleSparesSharesAndCounts: a scale written on a
// group or above the table is not a percent goal's (占比 under 收入(万元)
// stays 12.5%), nor is a money scale a count goal's (数量 stays 3 items),
// and a remark in brackets (收入(软件)) is no unit of its own. The check
// names only the scale that multiplied something.
func TestPlanImportInheritedScaleSparesSharesAndCounts(t *testing.T) {
	goals := importGoals()
	goals[1].Unit, goals[2].Unit, goals[0].Unit = app.UnitPercent, app.UnitCount, app.UnitCurrency
	csv := "日期,收入(万元),,\n,金额,占比,数量\n2023-01-05,1.25,12.5,3\n"
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2, 3: 3}, SkipHeader: true, HeaderRow: 1}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	want := []string{"1 2023-01 = 12500 (1) partial", "2 2023-01 = 12.5 (1) partial", "3 2023-W01 = 3 (1) partial"}
	if got := importPeriodsOf(p); err != nil || !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q (%v)", got, want, err)
	}
	if len(p.Scales) != 1 || p.Scales[0].Column != 1 {
		t.Errorf("the check names scales that multiplied nothing: %+v", p.Scales)
	}
	m = importLongMapping
	m.HeaderRow = 2
	for _, header := range []string{"收入(软件)", "销售额(京东平台)", "收入(个人客户)"} {
		p := importPlanOf(t, "2023年销售报表,,\n单位：万元,,\n日期,目标,"+header+"\n2023-01-05,Sales,1.25\n", m, app.Snapshot{})
		if len(p.Scales) != 1 || p.Scales[0].Factor != 10000 {
			t.Errorf("%s: scales %+v", header, p.Scales)
		}
	}
}
