package views

import (
	"context"
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/chart"
	"pacer/views/widgets"
)

// The charts of the review screen.
const (
	chartPlanActual = "plan_actual" // one goal: plan and actual bars per period
	chartGap        = "gap"         // one goal: gap to plan per period
	chartCumulative = "cumulative"  // one goal: cumulative actual against plan
	chartPortfolio  = "portfolio"   // every goal: attainment of plan in the period
	chartGoalsGap   = "goals_gap"   // every goal: gap to plan in the period
	// chartContributors and a dimension's name: one goal's gap by the
	// values of that dimension (产品) in the period.
	chartContributors = "contributors:"
)

var reviewChartKinds = []string{chartPlanActual, chartGap, chartCumulative, chartPortfolio, chartGoalsGap}

func reviewChartLabel(kind string) string {
	switch kind {
	case chartPlanActual:
		return lang.L("Selected goal: plan and actual")
	case chartGap:
		return lang.L("Selected goal: gap to plan")
	case chartCumulative:
		return lang.L("Selected goal: cumulative with projection")
	case chartPortfolio:
		return lang.L("All goals: attainment of plan")
	}
	if dim, ok := strings.CutPrefix(kind, chartContributors); ok {
		return lang.L("Selected goal: gap by {{.Dimension}}", map[string]any{"Dimension": dim})
	}
	return lang.L("All goals: gap to plan")
}

// reviewChartsStore is what the review charts read.
type reviewChartsStore interface {
	GoalSnapshot(ctx context.Context, id int64) (app.Snapshot, error)
	breakdownReader
}

// reviewChartsDeps is what the review charts use.
type reviewChartsDeps = screenDeps[reviewChartsStore]

// reviewCharts shows one chart of the review at a time, with its export.
type reviewCharts struct {
	ui     reviewChartsDeps
	kinds  choice[string]
	kind   *widgets.KeySelect
	export *widget.Button
	copy   *widget.Button
	copyIt func()
	holder *fyne.Container
	rows   []app.ReviewRow
	period app.Period
	// snap holds the selected goal (row) with its plan and values: what
	// its charts are drawn from.
	snap    app.Snapshot
	row     *app.ReviewRow
	content fyne.CanvasObject
	// contributors are the selected goal's gap by dimension, each a chart
	// of its own in the list.
	contributors []app.GapContributors
	// reading is set while a selected goal is read: no chart of one goal
	// is drawn (the charts of every goal do not wait for it).
	reading bool
	// drawn is the kind of chart shown, for tests.
	drawn string
}

func newReviewCharts(ui reviewChartsDeps) *reviewCharts {
	c := &reviewCharts{ui: ui, holder: container.NewStack()}
	c.kinds = newChoice(reviewChartKinds, reviewChartLabel)
	c.kind = c.kinds.newSelect(func(string) { c.redraw() })
	c.kind.SetSelectedIndex(0)
	c.export = widget.NewButtonWithIcon(lang.L("Export chart…"), theme.DownloadIcon(), c.onExport)
	c.copy, c.copyIt = c.newCopy()
	c.content = newBorder(newBorder(nil, nil, nil, container.NewHBox(c.copy, c.export), c.kind), nil, nil, nil, c.holder)
	return c
}

// show takes the period's rows; the per-goal charts wait for a goal to be selected.
func (c *reviewCharts) show(rows []app.ReviewRow, p app.Period) {
	c.snap, c.rows, c.period, c.row, c.contributors, c.reading = app.Snapshot{}, rows, p, nil, nil, false
	c.offerKinds()
	c.redraw()
}

// goalReads is what a selected row's charts and gap table are drawn
// from: its goal with the plan and values (the period's rows hold only
// the values of a few periods) and its gap by dimension.
type goalReads struct {
	snap         app.Snapshot
	contributors []app.GapContributors
	snapErr      error
	contribErr   error
}

// read reads what r's charts and gap table are drawn from; it touches no
// widget, so that the screen reads it off the UI goroutine.
func (c *reviewCharts) read(r app.ReviewRow) goalReads {
	var g goalReads
	g.snap, g.snapErr = c.ui.store.GoalSnapshot(c.ui.context(), r.Goal.ID)
	g.contributors, g.contribErr = rowContributors(c.ui.shell, c.ui.store, r)
	return g
}

// awaitGoal clears the selected goal's charts while r's are read: the
// chart shown until then, and its export, would be another goal's.
func (c *reviewCharts) awaitGoal() {
	c.snap, c.row, c.contributors, c.reading = app.Snapshot{}, nil, nil, true
	c.redraw()
}

// showGoal shows the charts of r from what was read of it.
func (c *reviewCharts) showGoal(r app.ReviewRow, g goalReads) {
	c.snap, c.row, c.contributors, c.reading = app.Snapshot{}, nil, g.contributors, false
	if g.snapErr != nil {
		c.ui.showError(g.snapErr)
	} else {
		c.snap, c.row = g.snap, &r
	}
	c.offerKinds()
	c.redraw()
}

// offerKinds lists the charts of the review with one more per dimension
// of the selected goal, keeping the chosen one where it is still there.
func (c *reviewCharts) offerKinds() {
	kinds := reviewChartKinds
	for _, gc := range c.contributors {
		kinds = append(kinds[:len(kinds):len(kinds)], chartContributors+gc.Dimension)
	}
	chosen, _ := c.kinds.value(c.kind.Selected)
	c.kinds = newChoice(kinds, reviewChartLabel)
	// The select's own callback knows the labels it was made with only.
	c.kind.OnChanged = func(string) { c.redraw() }
	c.kind.Options = c.kinds.labels
	if l := c.kinds.label(chosen); l != "" {
		c.kind.Selected = l
	} else {
		c.kind.Selected = c.kinds.labels[0]
	}
	c.kind.Refresh()
}

// selectKind shows the chart of kind, when the list offers it.
func (c *reviewCharts) selectKind(kind string) {
	if l := c.kinds.label(kind); l != "" {
		c.kind.SetSelected(l)
	}
}

// contributorsOf is the selected goal's gap by the dimension of kind.
func (c *reviewCharts) contributorsOf(kind string) (app.GapContributors, bool) {
	dim, ok := strings.CutPrefix(kind, chartContributors)
	for _, gc := range c.contributors {
		if ok && gc.Dimension == dim {
			return gc, true
		}
	}
	return app.GapContributors{}, false
}

func (c *reviewCharts) redraw() {
	kind, _ := c.kinds.value(c.kind.Selected)
	everyGoal := kind == chartPortfolio || kind == chartGoalsGap
	if c.reading && !everyGoal {
		c.holder.Objects, c.drawn = nil, ""
		c.holder.Refresh()
		return
	}
	if c.row == nil && !everyGoal || len(c.rows) == 0 {
		c.holder.Objects = []fyne.CanvasObject{widget.NewLabel(lang.L("Select a goal to see its charts."))}
		c.holder.Refresh()
		return
	}
	draw, _ := c.drawers(kind)
	c.drawn = kind
	c.holder.Objects = []fyne.CanvasObject{newCopyableChart(widgets.NewChartView(chartFont(), draw, userMessage), c.copyIt)}
	c.holder.Refresh()
}

func (c *reviewCharts) onExport() {
	kind, _ := c.kinds.value(c.kind.Selected)
	if c.row == nil && kind != chartPortfolio && kind != chartGoalsGap {
		return
	}
	_, file := c.drawers(kind)
	name, _ := c.fileName()
	newChartExport(c.ui, name, file).show()
}

// drawers returns the screen and file renderers of a chart of the current selection.
func (c *reviewCharts) drawers(kind string) (func(chart.ChartSize) (image.Image, error), chartDrawer) {
	b := chartBuilder{ui: c.ui.shell, snap: c.snap, rows: c.rows, period: c.period}
	if c.row != nil {
		b.goal = c.row.Goal
	}
	switch kind {
	case chartPlanActual:
		in := b.planActual()
		return func(s chart.ChartSize) (image.Image, error) { return chart.PlanActualImage(in, s) },
			func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.PlanActualBars(in, s, f) }
	case chartGap:
		in := b.goalGap()
		return func(s chart.ChartSize) (image.Image, error) { return chart.VarianceImage(in, s) },
			func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.VarianceBars(in, s, f) }
	case chartCumulative:
		p := b.pace()
		return func(s chart.ChartSize) (image.Image, error) { return goalChartImage(c.ui, p, s) },
			func(s chart.ChartSize, f chart.Format) ([]byte, error) { return goalChartFile(c.ui, p, s, f) }
	case chartPortfolio:
		in := b.portfolio()
		return func(s chart.ChartSize) (image.Image, error) { return chart.PortfolioImage(in, s) },
			func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.PortfolioChart(in, s, f) }
	}
	if gc, ok := c.contributorsOf(kind); ok && c.row != nil {
		in := b.contributors(*c.row, gc)
		return func(s chart.ChartSize) (image.Image, error) { return chart.ContributorsImage(in, s) },
			func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.ContributorsBars(in, s, f) }
	}
	in := b.goalsGap()
	return func(s chart.ChartSize) (image.Image, error) { return chart.VarianceImage(in, s) },
		func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.VarianceBars(in, s, f) }
}
