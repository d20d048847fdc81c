package deck

import (
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/chart"
)

// TestDeckNotesWriteAMilestoneDoneOrNot: the speaker notes of a
// milestone due in the year and not done read "Not done against a plan
// of Done (Missed).", not "0 against a plan of 1, 100.0% below plan",
// and its slide's gap reads behind plan.
func TestDeckNotesWriteAMilestoneDoneOrNot(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Open the Shenzhen store", Kind: app.KindMilestone, Unit: app.UnitCount, Aggregation: app.AggLevel,
		Target: 1, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	r := app.ReviewRow{Goal: g, Period: app.Period{Cadence: app.CadenceYear, Year: 2026}, Status: app.StatusMissed,
		Expected: 1, ExpectedCovered: 1, HasExpected: true, Actual: 0, HasActual: true, Periods: 12, Reported: 2,
		VsPlan: app.VarianceResult{Abs: -1, Rel: -1, RelOK: true}}
	b := &builder{in: Input{Table: app.ReviewTable{Rows: []app.ReviewRow{r}, StatusLabels: map[app.Status]string{app.StatusMissed: "Missed"}}},
		w: func(s string) string { return s }}
	f := b.figures(r)
	if f.Plan != "Done" || f.Actual != "Not done" || f.Gap != "Behind plan" {
		t.Errorf("figures plan %q, actual %q, gap %q", f.Plan, f.Actual, f.Gap)
	}
	if s, want := DefaultSentence(f), "Open the Shenzhen store: Not done against a plan of Done (Missed)."; s != want {
		t.Errorf("speaker notes %q, want %q", s, want)
	}
}

// TestDeckChartOfAMilestoneSaysDoneOrNot: the deck's plan and actual
// chart of a milestone shows its values Done and Not done, in the table's
// words, on an axis from 0 to 1, not bars of 1 on an axis to 1.2; its
// speaker notes read "Plan Done, Actual Not done", not "Plan 1, Actual 0";
// so do its cumulative chart and the note of its target.
func TestDeckChartOfAMilestoneSaysDoneOrNot(t *testing.T) {
	g := app.Goal{ID: 1, Title: "Shop", Kind: app.KindMilestone, Unit: app.UnitCount, Aggregation: app.AggLevel, Target: 1,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	in := chart.BarsInput{Title: "Shop: plan and actual by month", Goal: g, Periods: []string{"Oct", "Dec"},
		Plan: []float64{0, 1}, Actual: []float64{0, 0}, HasActual: []bool{true, true}}
	b := &builder{in: Input{Table: app.ReviewTable{Milestone: app.MilestoneWords{Done: "已完成", NotDone: "未完成"}}},
		w: func(s string) string { return s }}
	spec := b.barsSpec(in)
	if _, err := spec.workbook(); err != nil {
		t.Errorf("the chart's workbook: %v", err)
	}
	xml := spec.xml("zh-Hans")
	if want := `formatCode="[=1]&#34;已完成&#34;;[=0]&#34;未完成&#34;;&#34;&#34;"`; !strings.Contains(xml, want) {
		t.Errorf("the chart's number format is not %s:\n%s", want, xml)
	}
	if !strings.Contains(xml, `<c:max val="1"/><c:min val="0"/>`) {
		t.Errorf("the chart's axis does not end at 1:\n%s", xml)
	}
	if got, want := b.barsNotes(in), "Shop: plan and actual by month — Oct: Plan 未完成, Actual 未完成; Dec: Plan 已完成, Actual 未完成."; got != want {
		t.Errorf("notes %q, want %q", got, want)
	}
	cum, note, err := b.cumulativeSpec(chart.CumulativeInput{Goal: g, Plan: app.SplitEven(app.Calendar{}, g, app.CadenceMonth),
		Values: []app.PeriodValue{{PeriodKey: "2026-09"}}, AsOf: app.NewDate(2027, 1, 20)})
	if err != nil {
		t.Fatal(err)
	}
	if cum.numFmt != spec.numFmt || cum.max != 1 || note != "Target: 已完成." {
		t.Errorf("the cumulative chart's format %q, axis to %v, note %q", cum.numFmt, cum.max, note)
	}
}
