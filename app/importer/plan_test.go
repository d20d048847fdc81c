package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"text/template"
	"time"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/app/notation"
)

// importGoals are the goals the plan tests import into, all in 2023.
func importGoals() []app.Goal {
	g := func(id int64, title string, agg app.Aggregation, dec int, cad, planBy app.Cadence) app.Goal {
		return app.Goal{ID: id, Title: title, Aggregation: agg, Decimals: dec, Cadence: cad, PlanBy: planBy,
			Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	return []app.Goal{
		g(1, "Sales", app.AggFlow, 2, app.CadenceMonth, app.CadenceQuarter),
		g(2, "Share", app.AggLevel, 1, app.CadenceMonth, app.CadenceMonth),
		g(3, "Visits", app.AggFlow, 0, app.CadenceWeek, app.CadenceMonth),
		{ID: 4, Title: "Undated", Aggregation: app.AggFlow, Cadence: app.CadenceMonth},
	}
}

var importLongMapping = Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true,
	GoalByName: map[string]int64{"sales": 1, "Share": 2, "visits": 3, "undated": 4, "gone": 99}}

// importPlanOf reads csv and plans its import with m, failing on errors.
func importPlanOf(t *testing.T, csv string, m Mapping, existing app.Snapshot) ImportPlan {
	t.Helper()
	return importPlanFor(t, csv, m, importGoals(), existing)
}

// importPlanFor is importPlanOf for goals.
func importPlanFor(t *testing.T, csv string, m Mapping, goals []app.Goal, existing app.Snapshot) ImportPlan {
	t.Helper()
	tab, err := ReadTable(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, existing, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	return p
}

// checkImportRejected checks that every rejection renders with string args.
func checkImportRejected(t *testing.T, p ImportPlan) {
	t.Helper()
	for _, r := range p.Rejected {
		if !slices.Contains(ImportMessages, r.Message) {
			t.Errorf("row %d: message %q not in ImportMessages", r.Row, r.Message)
		}
		tpl := template.Must(template.New("").Option("missingkey=error").Parse(r.Message))
		if err := tpl.Execute(new(strings.Builder), r.Args); err != nil {
			t.Errorf("row %d: %v", r.Row, err)
		}
		for k, v := range r.Args {
			if _, ok := v.(string); !ok {
				t.Errorf("row %d: arg %s is %T", r.Row, k, v)
			}
		}
	}
}

// importPeriodsOf writes a plan's periods compactly: "1 2023-01 = 30 (2 rows) partial replaces 5".
func importPeriodsOf(p ImportPlan) []string {
	var out []string
	for _, ip := range p.Periods {
		s := fmt.Sprintf("%d %s = %v (%d)", ip.GoalID, ip.PeriodKey, ip.Value, ip.Rows)
		if ip.History {
			s += " history"
		}
		if ip.Partial {
			s += " partial"
		}
		if ip.Replaces {
			s += fmt.Sprintf(" replaces %v", ip.Old)
		}
		out = append(out, s)
	}
	return out
}

// importLeftOutOf writes a plan's left-out periods compactly: "1 2023-10
// rows [9001], 399 values stored 123", "1 all rows [5], 2 values".
func importLeftOutOf(p ImportPlan) []string {
	var out []string
	for _, lo := range p.LeftOut {
		key := lo.PeriodKey
		if key == "" {
			key = "all"
		}
		s := fmt.Sprintf("%d %s rows %v, %d values", lo.GoalID, key, lo.Rows, lo.Values)
		if lo.History {
			s += " history"
		}
		if lo.Stored {
			s += fmt.Sprintf(" stored %v", lo.Old)
		}
		out = append(out, s)
	}
	return out
}

// importRejections writes a plan's rejections as "row:message".
func importRejections(p ImportPlan) []string {
	var out []string
	for _, r := range p.Rejected {
		out = append(out, fmt.Sprintf("%d:%s", r.Row, r.Message))
	}
	return out
}

// rowMessages writes alternating rows and messages as importRejections does.
func rowMessages(kv ...any) []string {
	var out []string
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, fmt.Sprintf("%d:%s", kv[i], kv[i+1]))
	}
	return out
}

func TestPlanImportRollUp(t *testing.T) {
	csv := "Date,Goal,Value\n" +
		"2023-01-01,Sales,\"1,000.10\"\n" +
		"2023-01-31,SALES ,200\n" +
		"2023-01-15,Sales,0.2\n" +
		"2023-02-10,Sales,5\n" + // February: partial
		"2023-01-31,Share,8.5%\n" +
		"2023-01-02,Share,9\n" + // earlier date: the 31st wins
		"2023-02,Share,7.5\n" + // a whole month
		"2023-01-02,Visits,3\n2023-01-08,Visits,4\n2023-01-09,visits,10\n" +
		"2022-11-05,Sales,100\n2022-12-31,Sales,50\n2022-10-01,Sales,1\n" + // history: 2022-Q4
		"2022-05-31,Share,6\n" + // history: a month
		"2022-Q3,Sales,7\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	want := []string{
		"1 2023-01 = 1200.3 (3)",
		"1 2023-02 = 5 (1) partial",
		"1 2022-Q3 = 7 (1) history",
		"1 2022-Q4 = 151 (3) history",
		"2 2023-01 = 8.5 (2) partial",
		"2 2023-02 = 7.5 (1)",
		"2 2022-05 = 6 (1) history partial",
		"3 2023-W01 = 7 (2)", // ISO week 1 is 2–8 January
		"3 2023-W02 = 10 (1) partial",
	}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Fatalf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(p.Rejected) != 0 || p.Rows != 15 || p.Values != 15 || p.Partial != 4 || p.Replaced != 0 {
		t.Fatalf("counts: rows %d values %d partial %d replaced %d rejected %v", p.Rows, p.Values, p.Partial, p.Replaced, p.Rejected)
	}
	if len(p.CheckIns) != 6 || len(p.History) != 3 || p.CheckIns[0] != (app.CheckIn{GoalID: 1, PeriodKey: "2023-01",
		Value: 1200.3, Confidence: DefaultImportConfidence}) || p.History[0] != (app.HistoryValue{GoalID: 1, PeriodKey: "2022-Q3", Value: 7}) {
		t.Fatalf("check-ins %+v\nhistory %+v", p.CheckIns, p.History)
	}
	if ip := p.Periods[1]; ip.From.String() != "2023-02-10" || ip.Through.String() != "2023-02-10" {
		t.Fatalf("partial period covers %s..%s", ip.From, ip.Through)
	}
	checkCadences(t, p, importGoals())
}

func TestPlanImportRejects(t *testing.T) {
	csv := "Date,Goal,Value\n" +
		"\n" + // row 2 blank
		"31/02/2023,Sales,1\n" + // 3 bad date
		",Sales,1\n" + // 4 no date
		"2023-01-31,Sales,12abc\n" + // 5 bad number
		"2023-01-31,Sales,\n" + // 6 no value
		"2023-01-31,Nobody,1\n" + // 7 no chosen goal: skipped
		"2023-01-31,,1\n" + // 8 no goal
		"2023-01-31,Sales,1.234\n" + // 9 too many decimals
		"2023-01-31,Sales,NaN\n" + // 10 not finite
		"2024-01-01,Sales,1\n" + // 11 after the end
		"2023-01,Visits,1\n" + // 12 a month for a weekly goal
		"2023-01-31,Undated,1\n" + // 13 goal without dates
		"2023-01-31,gone,1\n" + // 14 mapped to a goal not given
		"2023-01-31,Sales,#DIV/0!\n" + // 15
		"2023-01-31,Sales,\"1,5\"\n" + // 16 a decimal comma in a decimal-point file
		"2023-01-31,Sales,Err:502\n" + // 17 LibreOffice's formula error
		"2023-01-31,Sales,2\n" // 18 fine
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	want := rowMessages(3, notation.MsgImportBadDate, 4, msgImportNoDate, 5, msgImportBadNumber, 6, msgImportNoValue,
		8, msgImportNoGoal, 9, msgImportDecimals, 10, msgImportNotFinite,
		11, msgImportAfterEnd, 12, msgImportTooCoarse, 13, msgImportGoalDates, 14, msgImportUnknown,
		15, msgImportNotFinite, 16, msgImportBadNumber, 17, msgImportNotFinite)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Fatalf("rejected\n%q\nwant\n%q", got, want)
	}
	for _, tc := range []struct {
		i        int
		msg, arg string
		val      string
	}{
		{0, notation.MsgImportBadDate, "Text", "31/02/2023"},
		{2, msgImportBadNumber, "Example", "1,234.5"},
		{5, msgImportDecimals, "Decimals", "2"},
		{6, msgImportNotFinite, "Text", "NaN"},
		{7, msgImportAfterEnd, "End", "2023-12-31"},
		{12, msgImportBadNumber, "Text", "1,5"},
	} {
		if r := p.Rejected[tc.i]; r.Message != tc.msg || r.Args[tc.arg] != tc.val {
			t.Errorf("rejection %d = %+v, want %s=%s", tc.i, r, tc.arg, tc.val)
		}
	}
	// Rows 3 and 4 could be in any period of Sales, so none is written,
	// not even row 18's January.
	if got, want := importLeftOutOf(p), []string{"1 all rows [3 4 5 6 8 9 10 15 16 17], 1 values"}; !slices.Equal(got, want) {
		t.Fatalf("left out %q, want %q", got, want)
	}
	if p.Rows != 16 || p.Blank != 1 || p.Skipped != 1 || p.Values != 0 || len(p.CheckIns) != 0 || p.RejectedRows() != 14 {
		t.Fatalf("rows %d blank %d skipped %d values %d check-ins %+v rejected %d",
			p.Rows, p.Blank, p.Skipped, p.Values, p.CheckIns, p.RejectedRows())
	}
}

func TestPlanImportReplaces(t *testing.T) {
	csv := "2023-01-05;Sales;1.000,50\n2023-01-20;Sales;499,50\n2022-12-01;Sales;7\n2023-03-01;Sales;3\n"
	m := importLongMapping
	m.SkipHeader, m.NumberFormat = false, notation.NumberFormat{DecimalComma: true}
	existing := app.Snapshot{
		CheckIns: map[int64][]app.CheckIn{1: {{GoalID: 1, PeriodKey: "2023-01", Value: 1500}}, 2: {{GoalID: 2, PeriodKey: "2023-03", Value: 9}}},
		History:  map[int64][]app.HistoryValue{1: {{GoalID: 1, PeriodKey: "2022-Q4", Value: 70}}},
	}
	p := importPlanOf(t, csv, m, existing)
	want := []string{
		"1 2023-01 = 1500 (2) partial replaces 1500",
		"1 2023-03 = 3 (1) partial",
		"1 2022-Q4 = 7 (1) history partial replaces 70",
	}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || p.Replaced != 2 {
		t.Fatalf("periods\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPlanImportWide(t *testing.T) {
	csv := "Month\tSales\tShare\tNotes\n2023年1月\t100\t8\tok\n2023年2月\t\t9\t\n2023年3月\t1,5\t\t\n"
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}, SkipHeader: true}
	p := importPlanOf(t, csv, m, app.Snapshot{})
	want := []string{"1 2023-01 = 100 (1)", "2 2023-01 = 8 (1)", "2 2023-02 = 9 (1)"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Fatalf("periods %q, want %q", got, want)
	}
	if len(p.Rejected) != 1 || p.Rejected[0].Row != 4 || p.Rejected[0].Column != 1 || p.Rejected[0].GoalID != 1 {
		t.Fatalf("rejected %+v", p.Rejected)
	}
}

func TestPlanImportFiscalQuarters(t *testing.T) {
	goals := []app.Goal{{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Cadence: app.CadenceQuarter,
		PlanBy: app.CadenceQuarter, Start: app.NewDate(2023, time.April, 1), End: app.NewDate(2024, time.March, 31)}}
	tab, err := ReadTable(strings.NewReader("2023-Q1,10\n2023-05-01,1\n2023-06-30,2\n2023-03-31,4\n"), "q.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}}
	p, err := PlanImport(context.Background(), testkit.April, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// "2023-Q1" is the fiscal quarter April–June 2023, as Pacer's keys are,
	// and the plan says so, for the check to show.
	want := []string{"1 2023-Q1 = 13 (3)", "1 2022-Q4 = 4 (1) history partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Fatalf("periods %q, want %q", got, want)
	}
	if p.FiscalPeriod != "2023-Q1" || p.FiscalCadence != app.CadenceQuarter || p.FiscalNamed || p.FiscalPeriodFrom != app.NewDate(2023, time.April, 1) || p.FiscalPeriodThrough != app.NewDate(2023, time.June, 30) {
		t.Errorf("fiscal quarter %q (%s, named %v), %s to %s", p.FiscalPeriod, p.FiscalCadence, p.FiscalNamed, p.FiscalPeriodFrom, p.FiscalPeriodThrough)
	}
	calendar, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil || calendar.FiscalPeriod != "" {
		t.Errorf("a calendar year's quarters: %q (%v)", calendar.FiscalPeriod, err)
	}
}

func TestPlanImportStraddle(t *testing.T) {
	// Planned by quarter, starting in February: a January row's quarter
	// overlaps the start, so it becomes a month of history; a weekly goal
	// starting mid-week leaves no history period for the days before: in
	// its first week they are left out on purpose (OutsideSpan), as its
	// plan asks nothing of them, and before it they are refused.
	goals := []app.Goal{
		{ID: 1, Title: "Sales", Aggregation: app.AggFlow, Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter,
			Start: app.NewDate(2023, time.February, 1), End: app.NewDate(2023, time.December, 31)},
		{ID: 2, Title: "Visits", Aggregation: app.AggFlow, Cadence: app.CadenceWeek, PlanBy: app.CadenceMonth,
			Start: app.NewDate(2023, time.January, 18), End: app.NewDate(2023, time.December, 31)},
	}
	tab, err := ReadTable(strings.NewReader("2023-01-10,1,1\n2023-01-17,2,2\n2023-01-09,3,3\n"), "s.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	want := []string{"1 2023-01 = 6 (3) history partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Fatalf("periods %q, want %q", got, want)
	}
	if p.OutsideSpan != 1 {
		t.Errorf("%d values outside their goal's span, want 1: Visits' 17 January, the day before it starts", p.OutsideSpan)
	}
	if got := importRejections(p); !slices.Equal(got, rowMessages(1, msgImportStraddle, 3, msgImportStraddle)) {
		t.Fatalf("rejected %q", got)
	}
}

func TestPlanImportXLSX(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(importWorkbook(t)), "w.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	goals := importGoals()
	goals[1].Decimals = 2
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1, 2: 2}, SkipHeader: tab.HasHeader}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2 2023-01 = 8.25 (1) partial", "2 2023-02 = 9 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) {
		t.Fatalf("periods %q, want %q", got, want)
	}
	if got := importRejections(p); !slices.Equal(got, rowMessages(5, msgImportTooCoarse)) {
		t.Fatalf("rejected %q", got)
	}
	// Row 5's year 2023 is the whole year, more than a monthly goal's
	// check-in: its sales could be in any month, so no month of sales is
	// written; it has no share, so shares are.
	if got := importLeftOutOf(p); !slices.Equal(got, []string{"1 2023-01 rows [5], 1 values", "1 2023-02 rows [5], 1 values", "1 2023-03 rows [5], 1 values"}) {
		t.Fatalf("left out %q", got)
	}
}

func TestPlanImportMappingErrors(t *testing.T) {
	tab, err := ReadTable(strings.NewReader("2023-01-31,1\n"), "m.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		m    Mapping
		msg  string
	}{
		{"NoValues", Mapping{GoalColumn: -1}, msgImportNoMapping},
		{"DateBeyond", Mapping{DateColumn: 5, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}}, msgImportBadColumns},
		{"ValueBeyond", Mapping{GoalColumn: -1, ValueColumns: map[int]int64{2: 1}}, msgImportBadColumns},
		{"LongBeyond", Mapping{GoalColumn: 1, ValueColumn: 2}, msgImportBadColumns},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := PlanImport(context.Background(), app.Calendar{}, tab, tc.m, importGoals(), app.Snapshot{}, nil)
			if app.ErrorMessage(err) != tc.msg {
				t.Fatalf("error = %v, want %q", err, tc.msg)
			}
		})
	}
}

func TestPlanImportCancelAndProgress(t *testing.T) {
	var b strings.Builder
	for i := range 2500 {
		fmt.Fprintf(&b, "2023-01-%02d,%d\n", i%28+1, i)
	}
	tab, err := ReadTable(strings.NewReader(b.String()), "big.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}}
	var calls [][2]int
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{},
		func(done, total int) { calls = append(calls, [2]int{done, total}) })
	if err != nil || p.Values != 2500 || p.CheckIns[0].Value != 2500*2499/2 {
		t.Fatalf("plan %+v, %v", p.CheckIns, err)
	}
	if want := [][2]int{{0, 2500}, {1000, 2500}, {2000, 2500}, {2500, 2500}}; !slices.Equal(calls, want) {
		t.Fatalf("progress %v, want %v", calls, want)
	}

	ctx, cancel := context.WithCancel(context.Background())
	_, err = PlanImport(ctx, app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, func(done, _ int) {
		if done == 1000 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
}

// TestPlanImportTooLarge: a value beyond what the goal keeps exactly at its
// decimals is refused as too large, with the largest it keeps, not as one
// with too many decimal places.
func TestPlanImportTooLarge(t *testing.T) {
	csv := "Date,Goal,Value\n2023-01-31,Sales,90071992547409.93\n2023-02-28,Sales,900000000000000000\n2023-03-31,Sales,90071992547409.91\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	if len(p.Rejected) != 2 {
		t.Fatalf("rejected %+v, want rows 2 and 3", p.Rejected)
	}
	for i, value := range []string{"90071992547409.93", "900000000000000000"} {
		r := p.Rejected[i]
		if r.Message != app.MsgTooLarge || r.Args["Value"] != value || r.Args["Max"] != "90,071,992,547,409.91" {
			t.Errorf("rejection %d = %+v, want %q too large, up to 90,071,992,547,409.91", i, r, value)
		}
	}
}
