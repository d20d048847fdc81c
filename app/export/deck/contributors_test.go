package deck

import (
	"math"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/chart"
)

// TestDeckGapSlideHasContributorsChart gives the sample's customers goal,
// which has no gap analysis, a breakdown by channel: it gets a gap slide
// with a native chart of each channel's expected and actual customers,
// whose workbook's gaps add up to the goal's variance, and speaker notes
// saying them.
func TestDeckGapSlideHasContributorsChart(t *testing.T) {
	in := sampleInput(t, "en", 3)
	r := in.Table.Rows[1]
	delete(in.Table.Reviews, r.Goal.ID)
	before := SlideCount(in)
	values := app.Contributors([]app.DimensionValue{{Value: "线上", Amount: 30}, {Value: "门店", Amount: 10}},
		[]app.DimensionValue{{Value: "线上", Amount: 20}, {Value: "门店", Amount: 20}}, r.ExpectedCovered, 0)
	gc := in.Charts.Goals[r.Goal.ID]
	gc.Contributors = []chart.ContributorsInput{{Title: "Q1 2023 gap by 渠道: " + r.Goal.Title, ExpectedLabel: "Expected (last year's share of plan)",
		ActualLabel: "Actual", Goal: r.Goal, Values: values}}
	in.Charts.Goals[r.Goal.ID] = gc
	if SlideCount(in) != before+1 {
		t.Fatalf("%d slides, want %d", SlideCount(in), before+1)
	}
	p := writeDeck(t, in)
	slide := slideNamed(t, p, SlideCount(in), "Gap analysis: "+r.Goal.Title)
	charts := p.slideCharts(t, slide)
	rows := p.workbookRows(t, charts[0])
	if len(charts) != 1 || strings.Join(rows[0], "|") != "|Expected (last year's share of plan)|Actual" || len(rows) != 3 {
		t.Fatalf("%d charts, workbook %q", len(charts), rows)
	}
	var gap float64
	for _, row := range rows[1:] {
		gap += cellNumber(t, row[2]) - cellNumber(t, row[1])
	}
	if math.Abs(gap-r.VsPlan.Abs) > 1e-9 || rows[1][0] != "门店" {
		t.Errorf("workbook %q: gaps add up to %v, variance %v", rows, gap, r.VsPlan.Abs)
	}
	if !strings.Contains(string(p[charts[0]]), "<a:t>Q1 2023 gap by 渠道</a:t>") {
		t.Error("the chart's title is not its own, without the goal's")
	}
	notes := partWith(p, "ppt/notesSlides/", "Q1 2023 gap by 渠道")
	if !strings.Contains(notes, "门店: Expected (last year&#39;s share of plan) 25, Actual 10, Gap −15") {
		t.Errorf("notes lack the channels' gaps:\n%s", notes)
	}
}

// slideNamed is the slide of p whose text holds title.
func slideNamed(t *testing.T, p pkg, n int, title string) string {
	t.Helper()
	for _, s := range slideNames(p, n) {
		if strings.Contains(string(p[s]), title) {
			return s
		}
	}
	t.Fatalf("no slide %q", title)
	return ""
}

// partWith is the text of the first part under prefix that holds text.
func partWith(p pkg, prefix, text string) string {
	for part, b := range p {
		if strings.HasPrefix(part, prefix) && strings.Contains(string(b), text) {
			return string(b)
		}
	}
	return ""
}
