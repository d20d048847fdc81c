package deck

import (
	"fmt"
	"image"
	"strings"

	"pacer/app/chart"
)

// A goal broken down by product or region shows on its gap analysis slide
// which values made the gap: the gap analysis on the left, and on the
// right a chart per dimension of each value's expected amount against its
// actual, native so that it can be restyled and its numbers fixed.

// contributorsKey names the picture of a goal's chart of dimension i.
func contributorsKey(id int64, i int) string { return fmt.Sprintf("contributors-%d-%d", id, i) }

// gapAreas split the gap slide's body: the text and measures on the left,
// n charts one over the other on the right; all of it text without charts.
func gapAreas(area rect, n int) (text rect, charts []rect) {
	if n == 0 {
		return area, nil
	}
	gap := area.w / 40
	left := area.w * 52 / 100
	text = rect{area.x, area.y, left, area.h}
	h := (area.h - int64(n-1)*gap) / int64(n)
	for i := range n {
		charts = append(charts, rect{area.x + left + gap, area.y + int64(i)*(h+gap), area.w - left - gap, h})
	}
	return text, charts
}

// contributorsJobs are the fallback pictures of the gap slides' charts.
func (b *builder) contributorsJobs(area rect) []picJob {
	var jobs []picJob
	for _, r := range b.in.Table.Rows {
		ins := b.in.Charts.Goals[r.Goal.ID].Contributors
		_, rects := gapAreas(area, len(ins))
		for i, in := range ins {
			jobs = append(jobs, picJob{contributorsKey(r.Goal.ID, i), rects[i],
				func(sz chart.ChartSize) (*image.RGBA, error) { return chart.ContributorsImage(in, sz) }})
		}
	}
	return jobs
}

// contributorsSpec is a dimension's chart as horizontal bars, a pair a
// value, the largest part of the gap on top, with its speaker notes.
func (b *builder) contributorsSpec(in chart.ContributorsInput) (chartSpec, string) {
	spec := chartSpec{kind: kindBars, title: withoutGoal(in.Title, in.Goal.Title), numFmt: valueFormat(in.Goal), percent: isPercent(in.Goal), everyLabel: true}
	expected := seriesSpec{name: orWord(in.ExpectedLabel, b.w.T("Expected")), color: colorPlan}
	actual := seriesSpec{name: orWord(in.ActualLabel, b.w.T("Actual")), color: colorActl}
	var notes []string
	for _, bar := range in.Bars() {
		spec.categories = append(spec.categories, bar.Label)
		expected.values = append(expected.values, bar.Expected)
		actual.values = append(actual.values, bar.Actual)
		notes = append(notes, fmt.Sprintf("%s: %s %s, %s %s, %s %s", bar.Label, expected.name, formatOrDash(in.Goal, bar.Expected),
			actual.name, formatOrDash(in.Goal, bar.Actual), b.w.T("Gap"), signed(formatOrDash(in.Goal, bar.Gap), bar.Gap)))
	}
	spec.series = []seriesSpec{expected, actual}
	return spec, orWord(in.Title, b.w.T("Where the gap comes from")) + " — " + strings.Join(notes, "; ") + "."
}

// withoutGoal is a chart's title without the goal's title, which the
// slide's title gives: "2023-Q1 gap by 产品" of "2023-Q1 gap by 产品: Sales".
func withoutGoal(title, goal string) string {
	for _, sep := range []string{": ", "："} {
		if rest, ok := strings.CutSuffix(title, sep+goal); ok && rest != "" {
			return rest
		}
	}
	return shortTitle(title, goal)
}

// signed writes a plus before a gain.
func signed(s string, v float64) string { return chart.WithSign(s, v) }

// addContributorCharts puts the goal's charts by dimension in rects and
// returns their notes.
func (b *builder) addContributorCharts(s *slideDoc, id int64, rects []rect) ([]string, error) {
	var notes []string
	for i, in := range b.in.Charts.Goals[id].Contributors {
		spec, note := b.contributorsSpec(in)
		if err := b.addNativeChart(s, rects[i], spec, contributorsKey(id, i)); err != nil {
			return nil, err
		}
		notes = append(notes, note)
	}
	return notes, nil
}
