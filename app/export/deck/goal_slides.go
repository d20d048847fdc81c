package deck

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export"
)

// noPictures leaves the fallback pictures out; the rendering test sets it
// to see LibreOffice's own drawing of the native charts.
var noPictures bool

// addNativeChart adds spec as a native chart at r with its picture; a
// chart that cannot be drawn (ErrChart) leaves a line saying so.
func (b *builder) addNativeChart(s *slideDoc, r rect, spec chartSpec, key string) error {
	res, ok := b.pics[key]
	if !ok {
		return fmt.Errorf("no picture for chart %s", key)
	}
	pic, err := res.png, res.err
	if errors.Is(err, chart.ErrChart) {
		s.addText(b.d, r, []para{{align: "ctr", runs: []run{{b.w.T("No chart: this goal has no periods to show."), textStyle{size: 1400, color: colorMuted}}}}}, "F5F6F8", "", "ctr")
		return nil
	}
	if err != nil {
		return err
	}
	doc, err := spec.build(b.d.lang)
	if err != nil {
		return err
	}
	if noPictures {
		pic = nil
	}
	s.addChartFrame(r, doc, pic, spec.title)
	return nil
}

// goalSlide shows a goal's figures for the period over its plan and
// actual by period (left) and its cumulative chart with the projection
// (right).
func (b *builder) goalSlide(r app.ReviewRow) error {
	t := b.in.Table
	s := b.newSlide(r.Goal.Title)
	area := body(b.d.cx, b.d.cy)
	f := b.figures(r)
	facts := []run{{f.Status, textStyle{size: 1800, bold: true, color: statusColor(r.Status)}}}
	add := func(label, value string) {
		facts = append(facts, run{"   " + label + " ", textStyle{size: 1600, color: colorMuted}}, run{value, textStyle{size: 1800, bold: true}})
	}
	add(b.w.T("Plan"), f.Plan)
	if kept := t.Cell(app.ColumnReplannedAfter, r).Text; kept != "" {
		// As the review screen says "re-planned after Q1 2023".
		add(b.w.T("Re-planned after"), kept)
	}
	add(b.w.T("Actual"), f.Actual)
	gapStyle := textStyle{size: 1800, bold: true}
	if behindPlan(r) {
		gapStyle.color = colorGap
	}
	facts = append(facts, run{"   " + b.w.T("Gap to plan") + " ", textStyle{size: 1600, color: colorMuted}}, run{export.ReadableGap(t, r), gapStyle})
	if o := strings.TrimSpace(r.Goal.Owner); o != "" {
		add(b.w.T("Owner"), o)
	}
	factsH := area.h / 9
	s.addText(b.d, rect{area.x, area.y, area.w, factsH}, []para{{runs: facts}}, "", "", "ctr")
	left, right := goalChartRects(area)
	notes := []string{b.sentence(f)}
	gc := b.in.Charts.Goals[r.Goal.ID]
	if in := gc.PlanActual; in != nil {
		if err := b.addNativeChart(s, left, b.barsSpec(*in), barsKey(r.Goal.ID)); err != nil {
			return err
		}
		notes = append(notes, b.barsNotes(*in))
	}
	if in := gc.Cumulative; in != nil {
		spec, note, err := b.cumulativeSpec(*in)
		if err != nil && !errors.Is(err, chart.ErrChart) {
			return err
		}
		if err := b.addNativeChart(s, right, spec, cumulativeKey(r.Goal.ID)); err != nil {
			return err
		}
		notes = append(notes, note)
	}
	s.notes = strings.TrimSpace(strings.Join(notes, "\n"))
	return nil
}

// goalChartRects are the places of a goal's two charts under its facts.
func goalChartRects(area rect) (left, right rect) {
	gap := area.w / 40
	half := (area.w - gap) / 2
	top := area.y + area.h/9 + area.h/40
	left = rect{area.x, top, half, area.y + area.h - top}
	return left, rect{area.x + half + gap, top, half, left.h}
}

// barsSpec is the plan and actual by period as clustered columns.
func (b *builder) barsSpec(in chart.BarsInput) chartSpec {
	actual := make([]float64, len(in.Periods))
	for i := range actual {
		actual[i] = math.NaN()
		if i < len(in.Actual) && i < len(in.HasActual) && in.HasActual[i] {
			actual[i] = in.Actual[i]
		}
	}
	spec := chartSpec{kind: kindColumns, title: shortTitle(in.Title, in.Goal.Title), categories: in.Periods, numFmt: valueFormat(in.Goal), percent: isPercent(in.Goal),
		series: []seriesSpec{
			{name: orWord(in.PlanLabel, b.w.T("Plan")), values: in.Plan, color: colorPlan},
			{name: orWord(in.ActualLabel, b.w.T("Actual")), values: actual, color: colorActl},
		}}
	if in.Goal.Kind == app.KindMilestone {
		// Bars of 1 on an axis of 0 to 1.2 say nothing of a milestone.
		spec.numFmt, spec.min, spec.max = b.milestoneFormat(), 0, 1
	}
	return spec
}

// milestoneFormat is the number format of a milestone's values: Done at
// 1, Not done at 0, nothing at the axis' other ticks.
func (b *builder) milestoneFormat() string {
	word := func(v float64) string {
		w, _ := b.in.Table.Milestone.Value(v)
		return `"` + strings.ReplaceAll(w, `"`, ``) + `"`
	}
	return "[=1]" + word(1) + ";[=0]" + word(0) + `;""`
}

// figure is value v of goal g in the notes: a milestone's Done or Not
// done, as the review table writes it.
func (b *builder) figure(g app.Goal, v float64) string {
	if w, ok := b.in.Table.Milestone.Value(v); ok && g.Kind == app.KindMilestone {
		return w
	}
	return formatOrDash(g, v)
}

// barsNotes writes the plan and actual of each period.
func (b *builder) barsNotes(in chart.BarsInput) string {
	g, plan, actual := in.Goal, b.w.T("Plan"), b.w.T("Actual")
	var parts []string
	for i, p := range in.Periods {
		s := p + ": " + plan + " " + b.figure(g, valueAt(in.Plan, i))
		if i < len(in.HasActual) && in.HasActual[i] {
			s += ", " + actual + " " + b.figure(g, in.Actual[i])
		}
		parts = append(parts, s)
	}
	return orWord(in.Title, plan) + " — " + strings.Join(parts, "; ") + "."
}

// cumulativeSpec is the cumulative chart as lines: plan, actual, target
// and projection, with its notes.
func (b *builder) cumulativeSpec(in chart.CumulativeInput) (chartSpec, string, error) {
	s, err := in.Series()
	if err != nil {
		return chartSpec{}, "", err
	}
	plan, actual, target, projection := b.w.T("Plan"), b.w.T("Actual"), b.w.T("Target"), b.w.T("Projection")
	spec := chartSpec{kind: kindLines, title: shortTitle(in.Title, in.Goal.Title), categories: s.Labels, numFmt: valueFormat(in.Goal), percent: isPercent(in.Goal)}
	note := target + ": " + app.FigureText(in.Goal, in.Goal.Target)
	if in.Goal.Kind == app.KindMilestone {
		spec.numFmt, spec.min, spec.max = b.milestoneFormat(), 0, 1
		note = target + ": " + b.figure(in.Goal, in.Goal.Target)
	}
	if s.Plan != nil {
		spec.series = append(spec.series, seriesSpec{name: orWord(in.PlanLabel, plan), values: s.Plan, color: colorPlan})
	}
	spec.series = append(spec.series,
		seriesSpec{name: orWord(in.ActualLabel, actual), values: s.Actual, color: colorActl, marker: true},
		seriesSpec{name: orWord(in.TargetLabel, target), values: s.Target, color: colorNone, dash: true})
	if end := lastFinite(s.Projection); !math.IsNaN(end) {
		spec.series = append(spec.series, seriesSpec{name: orWord(in.ProjectionLabel, projection), values: s.Projection, color: colorActl, dash: true})
		note += "; " + projection + ": " + app.WithCountUnit(in.Goal, formatOrDash(in.Goal, end))
	}
	return spec, note + ".", nil
}

func lastFinite(vs []float64) float64 {
	for i := len(vs) - 1; i >= 0; i-- {
		if !math.IsNaN(vs[i]) && !math.IsInf(vs[i], 0) {
			return vs[i]
		}
	}
	return math.NaN()
}

func formatOrDash(g app.Goal, v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	return app.FormatValue(v, app.Decimals(g), g.Unit, g.UnitLabel)
}

// shortTitle is a chart's title without the goal's title before it, which
// the slide's title already gives: "Plan and actual by quarter".
func shortTitle(title, goal string) string {
	rest, ok := strings.CutPrefix(title, goal)
	rest = strings.TrimLeft(rest, ":： ")
	if !ok || rest == "" {
		return title
	}
	r := []rune(rest)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

func orWord(s, fallback string) string {
	if strings.TrimSpace(s) != "" {
		return s
	}
	return fallback
}
