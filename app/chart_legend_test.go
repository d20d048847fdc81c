package app

import (
	"bytes"
	"encoding/csv"
	"math"
	"strings"
	"testing"

	"pacer/data"
)

// sampleQ1Rows are the sample's three goals reviewed for Q1 2023, worst
// gap first, as the review screen lists them.
func sampleQ1Rows(t *testing.T) []ReviewRow {
	rows := ReviewRows(Calendar{}, sampleSnapshot(t, "en"), key(t, "2023-Q1"), day(t, "2023-04-20"), DefaultThresholds)
	SortByWorstGap(rows)
	return rows
}

// TestGoalsGapChartAgreesWithTable checks that the chart of every goal's
// gap writes each gap as the review table, its CSV and XLSX and the
// report do: a percent goal's in points, never as a per cent of plan.
func TestGoalsGapChartAgreesWithTable(t *testing.T) {
	useTestFont(t)
	rows := sampleQ1Rows(t)
	want := map[string]string{ // by unit: the table's gap, as the screen writes it
		"currency": "−¥2,000,000 (−20.0%)", "count": "−10 (−20.0%)", "percent": "−2.0 pp",
	}
	in := VarianceInput{Title: "Q1 2023: gap to plan by goal", AheadLabel: "Ahead of plan", BehindLabel: "Behind plan",
		Bars: VarianceBarsFromRows(rows, nil), Relative: true}
	svg, err := VarianceBars(in, ChartSize{1920, 1080, 1}, FormatSVG)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(string(svg), ">"+w+"<") {
			t.Errorf("the chart does not write %q", w)
		}
	}
	if strings.Contains(string(svg), ">−20%<") {
		t.Error("the value axis gives per cents of plan beside a gap in points")
	}
	tbl := ReviewTable{Columns: []ReviewColumn{ColumnVariance, ColumnVarianceRel}, Headers: []string{"Variance", "Variance %"}, Rows: rows}
	var b bytes.Buffer
	if err := WriteReviewCSV(&b, tbl); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantCSV := map[string][2]string{"currency": {"-2000000", "-20.0"}, "count": {"-10", "-20.0"}, "percent": {"-2.0", "-2.0"}}
	wantReport := map[string][2]string{"currency": {"−¥2,000,000", "−20.0%"}, "count": {"−10", "−20.0%"}, "percent": {"−2.0 pp", "−2.0 pp"}}
	for i, r := range rows {
		u := string(r.Goal.Unit)
		if got := GapText(r.Goal, r.VsPlan, ""); got != want[u] {
			t.Errorf("%s: table gap %q, want %q", u, got, want[u])
		}
		if got := [2]string(recs[i+1]); got != wantCSV[u] {
			t.Errorf("%s: CSV %q, want %q", u, got, wantCSV[u])
		}
		report := [2]string{readableCell(tbl.cell(ColumnVariance, r), r.Goal, ""), readableCell(tbl.cell(ColumnVarianceRel, r), r.Goal, "")}
		if report != wantReport[u] {
			t.Errorf("%s: report cells %q, want %q", u, report, wantReport[u])
		}
	}
}

// TestGapTextPoints checks that points keep a decimal when the goal has
// none, in the text and in the CSV, so that a half point is not rounded away.
func TestGapTextPoints(t *testing.T) {
	g := data.Goal{Unit: data.UnitPercent, Decimals: 0, Kind: data.KindIncrease}
	v := Variance(g.Unit, 9.5, 8)
	if got := GapText(g, v, ""); got != "−1.5 pp" {
		t.Errorf("GapText = %q, want −1.5 pp", got)
	}
	if got := csvField(tableCell{kind: cellDelta, v: v.PP}, g); got != "-1.5" {
		t.Errorf("CSV = %q, want -1.5", got)
	}
	if got := GapText(data.Goal{Unit: data.UnitCount}, Variance(data.UnitCount, 0, 3), ""); got != "+3" {
		t.Errorf("against zero: %q, want +3 alone", got)
	}
}

// TestLegendsNameOnlyWhatIsDrawn checks that a legend leaves out a
// colour no bar has.
func TestLegendsNameOnlyWhatIsDrawn(t *testing.T) {
	useTestFont(t)
	g := SamplePlan("en")[0].Goal
	behind := VarianceInput{Title: "Gap", AheadLabel: "Ahead of plan", BehindLabel: "Behind plan", Bars: []VarianceBar{
		{"Q1", g, Variance(g.Unit, 10e6, 8e6), true}, {"Q2", g, Variance(g.Unit, 14e6, 12e6), true}, {"Q3", g, VarianceResult{}, false}}}
	ahead := behind
	ahead.Bars = []VarianceBar{{"Q1", g, Variance(g.Unit, 10e6, 11e6), true}}
	noActual := BarsInput{Title: "Sales by quarter", PlanLabel: "Plan", ActualLabel: "Actual", Goal: g,
		Periods: []string{"Q1", "Q2"}, Plan: []float64{10e6, 14e6}, Actual: []float64{0, 0}, HasActual: []bool{false, false}}
	noPlan := BarsInput{Title: "Sales by quarter", PlanLabel: "Plan", ActualLabel: "Actual", Goal: g,
		Periods: []string{"Q1"}, Plan: []float64{math.NaN()}, Actual: []float64{8e6}, HasActual: []bool{true}}
	tests := []struct {
		name      string
		draw      func() ([]byte, error)
		want, not string
	}{
		{"all behind", func() ([]byte, error) { return VarianceBars(behind, ChartSize{1280, 720, 1}, FormatSVG) }, "Behind plan", "Ahead of plan"},
		{"all ahead", func() ([]byte, error) { return VarianceBars(ahead, ChartSize{1280, 720, 1}, FormatSVG) }, "Ahead of plan", "Behind plan"},
		{"no actual", func() ([]byte, error) { return PlanActualBars(noActual, ChartSize{1280, 720, 1}, FormatSVG) }, ">Plan<", ">Actual<"},
		{"no plan", func() ([]byte, error) { return PlanActualBars(noPlan, ChartSize{1280, 720, 1}, FormatSVG) }, ">Actual<", ">Plan<"},
	}
	for _, tt := range tests {
		b, err := tt.draw()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), tt.want) {
			t.Errorf("%s: the legend lacks %q", tt.name, tt.want)
		}
		if strings.Contains(string(b), tt.not) {
			t.Errorf("%s: the legend names %q, which no bar shows", tt.name, tt.not)
		}
	}
}
