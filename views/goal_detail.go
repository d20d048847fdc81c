package views

import (
	"context"

	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/chart"
	"pacer/views/widgets"
)

// goalDetailStore is what a goal's detail reads and writes, its re-plan included.
type goalDetailStore interface {
	replanStore
	PlanRevisions(ctx context.Context, goalID int64) ([]app.Plan, error)
	GoalSource(ctx context.Context, goalID int64) (app.GoalSource, bool, error)
	Breakdown(ctx context.Context, goalID int64) ([]app.DimensionValue, error)
	DimensionPlans(ctx context.Context, goalID int64) ([]app.DimensionPlan, error)
	SetDimensionPlans(ctx context.Context, goalID int64, periodKey, dimension string, plans []app.DimensionPlan) error
}

// goalDetailDeps is what a goal's detail uses.
type goalDetailDeps = screenDeps[goalDetailStore]

// goalDetail shows one goal's plan against its actuals, period by period,
// with the cumulative chart and where the goal is heading.
type goalDetail struct {
	ui goalDetailDeps
	// onReplanned shows the detail again after a re-plan, from fresh data.
	onReplanned func()
	pace        goalPace
	back        *widget.Button
	export      *widget.Button
	replan      *widget.Button
	revisions   []app.Plan
	breakdown   []app.DimensionValue // by dimension value, adding up to each period's value
	byValue     *breakdownPane       // nil without a dimension of several values
	tabs        *container.AppTabs   // periods and breakdown, nil without byValue
	// onTab hears whether the breakdown tab is shown, so that the detail
	// shown again after a change opens where the user was.
	onTab   func(breakdown bool)
	table   *periodTable
	chart   *widgets.ChartView
	content fyne.CanvasObject
}

func newGoalDetail(ui goalDetailDeps, p goalPace, onBack, onReplanned func()) *goalDetail {
	d := &goalDetail{ui: ui, pace: p, onReplanned: onReplanned}
	d.back = widget.NewButtonWithIcon(lang.L("Back to the dashboard"), theme.NavigateBackIcon(), onBack)
	d.revisions = d.loadRevisions()
	d.breakdown = d.loadBreakdown()
	d.table = d.buildTable()
	d.chart = widgets.NewChartView(chartFont(), func(size chart.ChartSize) (image.Image, error) { return goalChartImage(ui, p, size) }, userMessage)
	d.export = widget.NewButtonWithIcon(lang.L("Export chart…"), theme.DownloadIcon(), d.onExport)
	d.replan = widget.NewButtonWithIcon(lang.L("Re-plan…"), theme.ViewRefreshIcon(), d.onReplan)
	title := widget.NewLabelWithStyle(p.Goal.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	text := paceFacts(p) + "\n" + paceOutlook(p)
	if how := projectionMethodText(p); how != "" {
		text += "\n" + how
	}
	summary := widget.NewLabel(text)
	summary.Wrapping = fyne.TextWrapWord
	copyButton, copyNow := d.newCopy()
	d.byValue = newBreakdownPane(d)
	tools := []fyne.CanvasObject{d.back, layoutSpacer()}
	if d.byValue != nil {
		tools = append(tools, d.byValue.tools...)
	}
	tools = append(tools, d.replan, copyButton, d.export)
	top := container.NewVBox(container.NewHBox(tools...), title, summary)
	if line := d.sourceLine(); line != nil {
		top.Add(line)
	}
	if line := d.breakdownLabel(); line != nil {
		top.Add(line)
	}
	if len(d.revisions) > 1 {
		note := lang.L("The plan was revised {{.N}} times; the first plan is shown beside the current one.", map[string]any{"N": len(d.revisions) - 1})
		if len(d.revisions) == 2 {
			note = lang.L("The plan was revised once; the first plan is shown beside the current one.")
		}
		if last := d.revisions[len(d.revisions)-1]; last.Note != "" {
			note += " " + lang.L("Latest note: {{.Note}}", map[string]any{"Note": last.Note})
		}
		if after := replannedAfter(d.detailRows()); after != "" {
			note += "\n" + lang.L("Re-spread after {{.Period}}: from then on the running plan counts the actuals up to it, and ends on the target.",
				map[string]any{"Period": periodKeyName(after)})
		}
		l := widget.NewLabel(note)
		l.Wrapping = fyne.TextWrapWord
		top.Add(l)
	}
	var periods = d.table.content
	var tabs *container.AppTabs
	if d.byValue != nil {
		tabs = container.NewAppTabs(container.NewTabItem(lang.L("Periods"), periods),
			container.NewTabItem(lang.L("Breakdown"), d.byValue.content))
		periods = tabs
	}
	split := container.NewVSplit(newCopyableChart(d.chart, copyNow), periods)
	split.Offset = 0.55
	if tabs != nil {
		d.tabs = tabs
		// The breakdown has a row per value: it gets more of the height.
		tabs.OnSelected = func(t *container.TabItem) {
			onBreakdown := t.Content == d.byValue.content
			split.SetOffset(map[bool]float64{true: 0.3, false: 0.55}[onBreakdown])
			if d.onTab != nil {
				d.onTab(onBreakdown)
			}
		}
	}
	d.content = newBorder(container.NewPadded(top), nil, nil, nil, split)
	return d
}

// showBreakdown shows the breakdown tab, when the goal has one.
func (d *goalDetail) showBreakdown() {
	if d.tabs != nil {
		d.tabs.SelectIndex(1)
	}
}

// replannedAfter is the last period a re-spread plan kept, when the
// running plan of rows counts their actuals (DetailRow.ReplannedAfter).
func replannedAfter(rows []app.DetailRow) string {
	for _, r := range rows {
		if r.ReplannedAfter != "" {
			return r.ReplannedAfter
		}
	}
	return ""
}

// detailRows are the goal's periods as the table and the review see them.
func (d *goalDetail) detailRows() []app.DetailRow {
	return app.DetailRows(d.ui.calendar(), d.pace, d.ui.today(), d.ui.thresholds())
}

// loadBreakdown reads the goal's breakdown by dimension value.
func (d *goalDetail) loadBreakdown() []app.DimensionValue {
	ds, err := d.ui.store.Breakdown(d.ui.context(), d.pace.Goal.ID)
	if err != nil {
		d.ui.showError(err)
	}
	return ds
}

// loadRevisions reads the goal's plan revisions, oldest first.
func (d *goalDetail) loadRevisions() []app.Plan {
	revs, err := d.ui.store.PlanRevisions(d.ui.context(), d.pace.Goal.ID)
	if err != nil {
		d.ui.showError(err)
	}
	return revs
}

func (d *goalDetail) onReplan() {
	newReplanDialog(replanDeps{d.ui.shell, d.ui.store}, d.pace, func() {
		d.ui.dataChanged()
		d.onReplanned()
	}).show()
}

func (d *goalDetail) onExport() {
	newChartExport(d.ui, d.chartFileName(), func(size chart.ChartSize, format chart.Format) ([]byte, error) {
		return goalChartFile(d.ui, d.pace, size, format)
	}).show()
}

// detailGapText is row r's gap to plan as the review writes it, a
// milestone's in words; "—" without a plan and an actual.
func detailGapText(g app.Goal, r app.DetailRow) string {
	if !r.HasPlan || !r.HasActual {
		return "—"
	}
	if words, ok := milestoneGapText(g, r.Plan, r.Actual); ok {
		return words
	}
	return chart.GapText(g, r.Variance, pointsUnit())
}

// buildTable writes the plan against the actual of each period.
func (d *goalDetail) buildTable() *periodTable {
	g := d.pace.Goal
	v := func(x float64) string { return cellValueText(g, x) }
	flow := g.Aggregation == app.AggFlow
	cal, revised := d.ui.calendar(), len(d.revisions) > 1
	headers := []string{lang.L("Period"), lang.L("Plan"), lang.L("Actual"), lang.L("Variance"),
		lang.L("Cumulative plan"), lang.L("Cumulative actual")}
	if revised {
		headers = append(headers, lang.L("First plan"))
	}
	var cells [][]string
	namer := periodNamer{}
	for _, r := range d.detailRows() {
		plan, actual, variance, cumActual := "—", "—", detailGapText(g, r), "—"
		if r.HasPlan {
			plan = v(r.Plan)
		}
		if r.HasActual {
			actual = v(r.Actual)
			cumActual = v(r.CumActual)
			if !r.Complete {
				// Plan and gap are of the part reported, as in the review; the
				// note goes under the value, keeping the column narrow.
				actual += "\n" + lang.L("{{.Reported}} of {{.Periods}} reported", map[string]any{"Reported": r.Reported, "Periods": r.Periods})
			}
		}
		cumPlan := v(r.CumPlan)
		if !flow || isStayKind(g.Kind) { // a stay goal's target holds in each period: its sums say nothing
			cumPlan, cumActual = "—", "—"
		}
		row := []string{namer.name(r.Period), plan, actual, variance, cumPlan, cumActual}
		if revised {
			// The first plan may be by another cadence than the rows.
			row = append(row, v(app.ExpectedForPeriod(cal, g, d.revisions[0].Periods, r.Period)))
		}
		cells = append(cells, row)
	}
	return newPeriodTable(headers, cells)
}
