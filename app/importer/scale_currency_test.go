package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/notation"
)

// TestHeaderScaleChineseCurrencyName reads a Chinese money unit with the
// currency's name before or after it, as a title line's 单位：人民币万元
// is read, and no scale in a currency's name alone or beside a name.
func TestHeaderScaleChineseCurrencyName(t *testing.T) {
	for header, want := range map[string]int{
		"营业收入（人民币万元）": 4, "(人民币千元)": 3, "(人民币百万元)": 6, "（人民币亿元）": 8, "（万元人民币）": 4,
		"(万元RMB)": 4, "收入(RMB万元)": 4, "收入(千元人民币)": 3, "金额（单位：人民币万元）": 4, "营业额(人民幣萬元)": 4,
		"收入（万元 人民币）": 4, "收入(CNY百万元)": 6,
		"收入(人民币)": 0, "收入(人民币元)": 0, "(元人民币)": 0, "收入(RMB)": 0, "(人民币万达)": 0, "人民币汇率": 0,
		"收入(人民币千克)": 0, "收入(万达人民币)": 0,
	} {
		if got := headerScale(header); got != want {
			t.Errorf("headerScale(%q) = %d, want %d", header, got, want)
		}
	}
}

// TestPlanImportChineseCurrencyNameScale: 营业收入（人民币万元） multiplies
// its 12.5 to 125,000, and a group's （万元人民币） over 金额 and 数量 is, as
// any money scale stated over a column, not its count goal's.
func TestPlanImportChineseCurrencyNameScale(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p := importPlanOf(t, "日期,营业收入（人民币万元）\n2023年1月,12.5\n", m, app.Snapshot{})
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-01 = 125000 (1)"}) || len(p.Scales) != 1 {
		t.Errorf("periods %q, scales %+v", got, p.Scales)
	}
	goals := importGoals()
	goals[0].Unit, goals[2].Unit = app.UnitCurrency, app.UnitCount
	tab, err := ReadTable(strings.NewReader("日期,收入（万元人民币）,\n,金额,数量\n2023-01-05,1.25,3\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 3}, SkipHeader: true, HeaderRow: 1}
	p, err = PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	want := []string{"1 2023-01 = 12500 (1) partial", "3 2023-W01 = 3 (1) partial"}
	if got := importPeriodsOf(p); err != nil || !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q (%v)", got, want, err)
	}
}

// TestPlanImportScaleAboveTableCurrencyName: a title line's unit with the
// currency's name after it, 单位：万元人民币, is read as the one before it.
func TestPlanImportScaleAboveTableCurrencyName(t *testing.T) {
	const body = "日期,目标,销售额\n2023-01-05,Sales,1.25\n"
	m := importLongMapping
	m.HeaderRow = 2
	for _, above := range []string{"单位：万元人民币", "金额单位：万元RMB", "单位：RMB万元"} {
		p := importPlanOf(t, above+"\n\n"+body, m, app.Snapshot{})
		if len(p.Scales) != 1 || p.Scales[0].Factor != 10000 || p.Scales[0].Stated != above {
			t.Errorf("%q: scales %+v", above, p.Scales)
		}
	}
}

// TestHeaderScaleEnglishPhrases reads a scale phrased with its currency,
// "($ in thousands)", "(in millions of U.S. dollars)", as "Sales ($000)"
// is read, and still none in a currency alone or a measure in thousands.
func TestHeaderScaleEnglishPhrases(t *testing.T) {
	for header, want := range map[string]int{
		"Revenue ($ in thousands)": 3, "Sales (Dollars in thousands)": 3, "(in thousands of dollars)": 3,
		"Revenue (in thousands of USD)": 3, "Revenue (USD millions)": 6, "(in millions of U.S. dollars)": 6,
		"Sales (in thousands of euros)": 3, "Sales (USD in millions)": 6, "Revenue (US dollars in millions)": 6,
		"Sales (000s)": 3, "Sales (€000)": 3, "Revenue (£m)": 6,
		"Sales (dollars)": 0, "Price (in dollars)": 0, "Sales (in m)": 0, "Length (in mm)": 0, "Sales (dollars in m2)": 0,
		"Weight (in thousands of kg)": 0, "Number of": 0, "Sales (USD)": 0,
	} {
		if got := headerScale(header); got != want {
			t.Errorf("headerScale(%q) = %d, want %d", header, got, want)
		}
	}
}

// TestPlanImportEnglishPhraseScale: "Revenue ($ in thousands)" multiplies
// its 1.25 to 1,250, and "(Dollars in thousands)" over Amount and Units
// names a currency, so is not the count goal's.
func TestPlanImportEnglishPhraseScale(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	p := importPlanOf(t, "Date,Revenue ($ in thousands)\n2023-01-05,1.25\n", m, app.Snapshot{})
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-01 = 1250 (1) partial"}) || len(p.Scales) != 1 {
		t.Errorf("periods %q, scales %+v", got, p.Scales)
	}
	goals := importGoals()
	goals[0].Unit, goals[2].Unit = app.UnitCurrency, app.UnitCount
	tab, err := ReadTable(strings.NewReader("Date,(Dollars in thousands),\n,Amount,Units\n2023-01-05,1.25,3\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 3}, SkipHeader: true, HeaderRow: 1}
	p, err = PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	want := []string{"1 2023-01 = 1250 (1) partial", "3 2023-W01 = 3 (1) partial"}
	if got := importPeriodsOf(p); err != nil || !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q (%v)", got, want, err)
	}
}

// TestHeaderScaleGerman reads the scales of German reports, "Umsatz
// (TEUR)", "in T€", "(Tsd. €)", "(Mio. €)", and no thousands in a T that
// is tonnes or beside a dollar.
func TestHeaderScaleGerman(t *testing.T) {
	for header, want := range map[string]int{
		"Umsatz (TEUR)": 3, "Umsatz in T€": 3, "Umsatz (Tsd. €)": 3, "Umsatz (Mio. €)": 6, "Umsatz (Mio. EUR)": 6,
		"Umsatz (T€)": 3, "Umsatz (TCHF)": 3, "Umsatz in Tsd. EUR": 3, "Umsatz (in Mio. €)": 6, "Umsatz (Mrd. €)": 9,
		"Umsatz (Tsd.)": 3, "Umsatz, TEUR": 3, "in T€": 3,
		"Gewicht (t)": 0, "Menge in t": 0, "Umsatz (EUR)": 0, "Revenue ($T)": 0, "Umsatz (T)": 0, "Umsatz (€)": 0,
		"Sales (Chauffeur)": 0,
	} {
		if got := headerScale(header); got != want {
			t.Errorf("headerScale(%q) = %d, want %d", header, got, want)
		}
	}
}

// TestPlanImportGermanScale: "Umsatz (TEUR)" multiplies its 1,25 to 1.250.
func TestPlanImportGermanScale(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true,
		NumberFormat: notation.NumberFormat{DecimalComma: true}}
	p := importPlanOf(t, "Datum;Umsatz (TEUR)\n2023-01-05;1,25\n", m, app.Snapshot{})
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-01 = 1250 (1) partial"}) || len(p.Scales) != 1 {
		t.Errorf("periods %q, scales %+v", got, p.Scales)
	}
}

// TestReadTableScaleAloneIsAHeader: a header of a scale alone in
// brackets, "(€000)" or "($000)", is a header, not an accounting -0 that
// made the row data and its column's values 1,000 times too small.
func TestReadTableScaleAloneIsAHeader(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	for _, header := range []string{"(€000)", "($000)", "(US$000)"} {
		csv := "Date," + header + "\n2023-01-05,12.5\n"
		tab, err := ReadTable(strings.NewReader(csv), "x.csv")
		if err != nil || !tab.HasHeader {
			t.Errorf("%s: no header (%v)", header, err)
			continue
		}
		p := importPlanOf(t, csv, m, app.Snapshot{})
		if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-01 = 12500 (1) partial"}) {
			t.Errorf("%s: periods %q", header, got)
		}
	}
}
