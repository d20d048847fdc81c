package importer

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/internal/testkit"
)

// labelGoals are a quarterly, a half-yearly and a yearly goal of the
// fiscal years 2023 and 2024 of cal.
func labelGoals(cal app.Calendar) []app.Goal {
	g := func(id int64, title string, c app.Cadence) app.Goal {
		start := cal.FirstDay(app.Period{Cadence: app.CadenceYear, Year: 2023, Index: 1})
		end := cal.LastDay(app.Period{Cadence: app.CadenceYear, Year: 2024, Index: 1})
		return app.Goal{ID: id, Title: title, Aggregation: app.AggFlow, Cadence: c, PlanBy: c,
			Start: app.DateOfDayNumber(start), End: app.DateOfDayNumber(end)}
	}
	return []app.Goal{g(1, "Quarterly", app.CadenceQuarter), g(2, "Halves", app.CadenceHalf), g(3, "Yearly", app.CadenceYear)}
}

// labelMapping reads the long layout: period, goal, value.
var labelMapping = Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true,
	GoalByName: map[string]int64{"quarterly": 1, "halves": 2, "yearly": 3}}

// labelPlan plans the import of csv into labelGoals of cal.
func labelPlan(t *testing.T, cal app.Calendar, csv string) ImportPlan {
	t.Helper()
	tab, err := ReadTable(strings.NewReader(csv), "labels.csv")
	if err != nil {
		t.Fatal(err)
	}
	p, err := PlanImport(context.Background(), cal, tab, labelMapping, labelGoals(cal), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkImportRejected(t, p)
	return p
}

// TestPlanImportHalfSpellings imports a half-yearly goal's values written
// the ways other programs and people write half-years (H1 2023, 1H 2023,
// 2023年上半年): each is its half, as 2023-H1 was, where they were all
// refused as no date. A half for a quarterly goal spans two of its
// periods and is refused saying so, as a quarter for a monthly goal is.
func TestPlanImportHalfSpellings(t *testing.T) {
	for in, want := range map[string]string{
		"H1 2023": "2023-H1", "2023 H1": "2023-H1", "2023-H1": "2023-H1", "1H 2023": "2023-H1", "2023年上半年": "2023-H1",
		"上半年 2023": "2023-H1", "2023年下半年": "2023-H2", "2024年H2": "2024-H2", "H2-2024": "2024-H2", "FY2023 H2": "2023-H2",
	} {
		p := labelPlan(t, app.Calendar{}, "Period,Goal,Value\n"+in+",Halves,5\n")
		if got := importPeriodsOf(p); !slices.Equal(got, []string{"2 " + want + " = 5 (1)"}) || len(p.Rejected) > 0 {
			t.Errorf("%q: periods %q, rejected %q; want %s", in, got, importRejections(p), want)
		}
	}
	p := labelPlan(t, app.Calendar{}, "Period,Goal,Value\nH1 2023,Halves,5\n上半年 2023,Halves,6\nH1 2023,Quarterly,7\n")
	if got, want := importPeriodsOf(p), []string{"2 2023-H1 = 11 (2)"}; !slices.Equal(got, want) {
		t.Errorf("periods %q, want %q", got, want)
	}
	if got, want := importRejections(p), rowMessages(4, msgImportTooCoarse); !slices.Equal(got, want) {
		t.Errorf("rejected %q, want %q", got, want)
	}
}

// TestPlanImportFiscalYearLabels imports quarters, halves and years
// labelled with their fiscal year (FY2023 Q4, FY23 Q1, 2023财年) in a
// business whose year starts in April: FY2023 is the fiscal year that
// starts in April 2023, as Pacer names it (its key 2023, its quarter
// 2023-Q4 January to March 2024), and the check says so, with the days.
// In a calendar year, FY2023 Q4 is Q4 2023, and nothing is said.
func TestPlanImportFiscalYearLabels(t *testing.T) {
	csv := "Period,Goal,Value\nFY2023 Q4,Quarterly,4\nFY23 Q1,Quarterly,1\nQ2 FY2024,Quarterly,2\n2024财年第3季度,Quarterly,3\n" +
		"FY2023 H1,Halves,5\nH2 FY24,Halves,6\nFY2023,Yearly,7\n2024财年,Yearly,8\n"
	want := []string{"1 2023-Q1 = 1 (1)", "1 2023-Q4 = 4 (1)", "1 2024-Q2 = 2 (1)", "1 2024-Q3 = 3 (1)",
		"2 2023-H1 = 5 (1)", "2 2024-H2 = 6 (1)", "3 2023 = 7 (1)", "3 2024 = 8 (1)"}
	for _, cal := range []app.Calendar{testkit.April, {}} {
		p := labelPlan(t, cal, csv)
		got := importPeriodsOf(p)
		slices.Sort(got)
		if !slices.Equal(got, want) || len(p.Rejected) > 0 {
			t.Errorf("fiscal start %v: periods %q, rejected %q; want %q", cal.FiscalStart, got, importRejections(p), want)
		}
		if cal.FiscalStart == 0 {
			if p.FiscalPeriod != "" {
				t.Errorf("a calendar year's labels noted %q", p.FiscalPeriod)
			}
			continue
		}
		if p.FiscalPeriod != "FY2023 Q4" || !p.FiscalNamed || p.FiscalCadence != app.CadenceQuarter ||
			p.FiscalPeriodFrom != app.NewDate(2024, time.January, 1) || p.FiscalPeriodThrough != app.NewDate(2024, time.March, 31) {
			t.Errorf("noted %q (%s, named %v), %s to %s", p.FiscalPeriod, p.FiscalCadence, p.FiscalNamed, p.FiscalPeriodFrom, p.FiscalPeriodThrough)
		}
	}
	p := labelPlan(t, testkit.April, "Period,Goal,Value\nH1 2023,Halves,5\n")
	if p.FiscalPeriod != "H1 2023" || p.FiscalNamed || p.FiscalCadence != app.CadenceHalf ||
		p.FiscalPeriodFrom != app.NewDate(2023, time.April, 1) || p.FiscalPeriodThrough != app.NewDate(2023, time.September, 30) {
		t.Errorf("noted %q (%s, named %v), %s to %s", p.FiscalPeriod, p.FiscalCadence, p.FiscalNamed, p.FiscalPeriodFrom, p.FiscalPeriodThrough)
	}
	p = labelPlan(t, testkit.April, "Period,Goal,Value\nFY2023 Jan,Yearly,5\n")
	if len(p.Rejected) != 1 || p.Values != 0 {
		t.Errorf("a month of a fiscal year: periods %q, rejected %q", importPeriodsOf(p), importRejections(p))
	}
}

// TestPlanImportPacerPeriodNames imports the check-ins of a business whose
// year starts in April written with the names Pacer gives their periods
// in its review exports, in English and Chinese (2023-Q1, 2023年第1季度,
// 2023年H1, FY2023, 2023财年, as the translations write them): each reads
// back as the period it names.
func TestPlanImportPacerPeriodNames(t *testing.T) {
	patterns := map[app.Cadence]string{app.CadenceQuarter: "{{.Year}}-Q{{.N}}", app.CadenceHalf: "{{.Year}}-H{{.N}}", app.CadenceYear: "FY{{.Year}}"}
	for _, lang := range []string{"en", "zh_Hans"} {
		tr := translations(t, lang)
		var csv strings.Builder
		var want []string
		csv.WriteString("Period,Goal,Value\n")
		for i, g := range labelGoals(testkit.April) {
			for j, p := range app.CheckInPeriods(testkit.April, g) {
				name := strings.NewReplacer("{{.Year}}", strconv.Itoa(p.Year), "{{.N}}", strconv.Itoa(p.Index)).Replace(tr[patterns[p.Cadence]])
				fmt.Fprintf(&csv, "%s,%s,%d\n", name, g.Title, 10*i+j+1)
				want = append(want, fmt.Sprintf("%d %s = %d (1)", g.ID, p.Key(), 10*i+j+1))
			}
		}
		p := labelPlan(t, testkit.April, csv.String())
		if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
			t.Errorf("%s: periods %q, rejected %q; want %q\n%s", lang, got, importRejections(p), want, csv.String())
		}
	}
}

// translations are the translations of lang, as Pacer's interface shows them.
func translations(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../assets/translations/" + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var tr map[string]string
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatal(err)
	}
	return tr
}
