package export

import (
	"math"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/internal/testkit"
	"pacer/app/sample"
	"pacer/data/sampledb"
)

// sampleQ1Rows are the sample's three goals reviewed for Q1 2023, worst
// gap first, as the review screen lists them.
func sampleQ1Rows(t *testing.T) []app.ReviewRow {
	rows := app.ReviewRows(app.Calendar{}, sampledb.Snapshot(t, "en"), testkit.Key(t, "2023-Q1"), testkit.Day(t, "2023-04-20"), app.DefaultThresholds)
	app.SortByWorstGap(rows)
	return rows
}

// TestGoalsGapChartAgreesWithTable checks that the chart of every goal's
// gap writes each gap as the review table, its CSV and XLSX and the
// report do: a percent goal's in points, never as a per cent of plan.
func TestGoalsGapChartAgreesWithTable(t *testing.T) {
	font := chartFont(t)
	rows := sampleQ1Rows(t)
	want := map[string]string{ // by unit: the table's gap, as the screen writes it
		"currency": "−¥2,000,000 (−20.0%)", "count": "−10 (−20.0%)", "percent": "−2.0 pp",
	}
	in := chart.VarianceInput{Title: "Q1 2023: gap to plan by goal", AheadLabel: "Ahead of plan", BehindLabel: "Behind plan",
		Bars: chart.VarianceBarsFromRows(rows, nil), Relative: true}
	svg, err := chart.VarianceBars(in, chart.ChartSize{Width: 1920, Height: 1080, Scale: 1, Font: font}, chart.FormatSVG)
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
	tbl := app.ReviewTable{Columns: []app.ReviewColumn{app.ColumnVariance, app.ColumnVarianceRel}, Headers: []string{"Variance", "Variance %"}, Rows: rows}
	recs := reviewCSVRecords(t, tbl)
	wantCSV := map[string][2]string{"currency": {"-2000000", "-20.0"}, "count": {"-10", "-20.0"}, "percent": {"-2.0", "-2.0"}}
	wantReport := map[string][2]string{"currency": {"−¥2,000,000", "−20.0%"}, "count": {"−10", "−20.0%"}, "percent": {"−2.0 pp", "−2.0 pp"}}
	for i, r := range rows {
		u := string(r.Goal.Unit)
		if got := chart.GapText(r.Goal, r.VsPlan, ""); got != want[u] {
			t.Errorf("%s: table gap %q, want %q", u, got, want[u])
		}
		if got := [2]string(recs[i+1]); got != wantCSV[u] {
			t.Errorf("%s: CSV %q, want %q", u, got, wantCSV[u])
		}
		report := [2]string{ReadableCell(tbl.Cell(app.ColumnVariance, r), r.Goal, ""), ReadableCell(tbl.Cell(app.ColumnVarianceRel, r), r.Goal, "")}
		if report != wantReport[u] {
			t.Errorf("%s: report cells %q, want %q", u, report, wantReport[u])
		}
	}
}

// TestGapTextPoints checks that points keep a decimal when the goal has
// none, in the text and in the CSV, so that a half point is not rounded away.
func TestGapTextPoints(t *testing.T) {
	g := app.Goal{Unit: app.UnitPercent, Decimals: 0, Kind: app.KindIncrease}
	v := app.Variance(g.Unit, 9.5, 8)
	if got := chart.GapText(g, v, ""); got != "−1.5 pp" {
		t.Errorf("GapText = %q, want −1.5 pp", got)
	}
	if got := csvField(app.TableCell{Kind: app.CellDelta, Value: v.PP}, g); got != "-1.5" {
		t.Errorf("CSV = %q, want -1.5", got)
	}
	if got := chart.GapText(app.Goal{Unit: app.UnitCount}, app.Variance(app.UnitCount, 0, 3), ""); got != "+3" {
		t.Errorf("against zero: %q, want +3 alone", got)
	}
}

// TestLegendsNameOnlyWhatIsDrawn checks that a legend leaves out a
// colour no bar has.
func TestLegendsNameOnlyWhatIsDrawn(t *testing.T) {
	font := chartFont(t)
	g := sample.SamplePlan("en")[0].Goal
	behind := chart.VarianceInput{Title: "Gap", AheadLabel: "Ahead of plan", BehindLabel: "Behind plan", Bars: []chart.VarianceBar{
		{Label: "Q1", Goal: g, Variance: app.Variance(g.Unit, 10e6, 8e6), OK: true}, {Label: "Q2", Goal: g, Variance: app.Variance(g.Unit, 14e6, 12e6), OK: true}, {Label: "Q3", Goal: g, Variance: app.VarianceResult{}, OK: false}}}
	ahead := behind
	ahead.Bars = []chart.VarianceBar{{Label: "Q1", Goal: g, Variance: app.Variance(g.Unit, 10e6, 11e6), OK: true}}
	noActual := chart.BarsInput{Title: "Sales by quarter", PlanLabel: "Plan", ActualLabel: "Actual", Goal: g,
		Periods: []string{"Q1", "Q2"}, Plan: []float64{10e6, 14e6}, Actual: []float64{0, 0}, HasActual: []bool{false, false}}
	noPlan := chart.BarsInput{Title: "Sales by quarter", PlanLabel: "Plan", ActualLabel: "Actual", Goal: g,
		Periods: []string{"Q1"}, Plan: []float64{math.NaN()}, Actual: []float64{8e6}, HasActual: []bool{true}}
	tests := []struct {
		name      string
		draw      func() ([]byte, error)
		want, not string
	}{
		{"all behind", func() ([]byte, error) {
			return chart.VarianceBars(behind, chart.ChartSize{Width: 1280, Height: 720, Scale: 1, Font: font}, chart.FormatSVG)
		}, "Behind plan", "Ahead of plan"},
		{"all ahead", func() ([]byte, error) {
			return chart.VarianceBars(ahead, chart.ChartSize{Width: 1280, Height: 720, Scale: 1, Font: font}, chart.FormatSVG)
		}, "Ahead of plan", "Behind plan"},
		{"no actual", func() ([]byte, error) {
			return chart.PlanActualBars(noActual, chart.ChartSize{Width: 1280, Height: 720, Scale: 1, Font: font}, chart.FormatSVG)
		}, ">Plan<", ">Actual<"},
		{"no plan", func() ([]byte, error) {
			return chart.PlanActualBars(noPlan, chart.ChartSize{Width: 1280, Height: 720, Scale: 1, Font: font}, chart.FormatSVG)
		}, ">Actual<", ">Plan<"},
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
