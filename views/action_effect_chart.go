package views

import (
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

// addEffectChart adds the chart of a goal's metric around the action's start, with its export.
func (e *actionEditor) addEffectChart(g app.Goal, snap app.Snapshot, values []app.PeriodValue, res app.EffectResult) {
	if res.Verdict == app.EffectTooEarly || res.Verdict == app.EffectNoBaseline {
		return
	}
	in := effectChartInput(e.ui.calendar(), g, snap.Plans[g.ID], values, e.plan.Start, e.ui.today())
	name := effectFileName(g, e.plan.Start)
	view := widgets.NewChartView(chartFont(), func(s chart.ChartSize) (image.Image, error) { return chart.EffectImage(in, s) }, userMessage)
	export := widget.NewButtonWithIcon(lang.L("Export chart…"), theme.DownloadIcon(), func() {
		newChartExport(e.ui, name, func(s chart.ChartSize, f chart.Format) ([]byte, error) {
			return chart.EffectChart(in, s, f)
		}).show()
	})
	copyButton, copyNow := e.ui.newCopyButton(func() string { return name }, func() chartDrawer {
		return func(s chart.ChartSize, f chart.Format) ([]byte, error) { return chart.EffectChart(in, s, f) }
	})
	e.effects.Add(newBorder(nil, container.NewHBox(layoutSpacer(), copyButton, export), nil, nil,
		container.NewGridWrap(fyne.NewSize(720, 360), newCopyableChart(view, copyNow))))
}

// effectFileName names the effect chart's export and copy as the other
// charts' are: the goal's short name, the chart, the action's start.
func effectFileName(g app.Goal, start app.Date) string {
	return goalFileName(g.Title, lang.L("before and after the action"), start.String())
}

// effectChartInput is the effect chart of goal g for an action started on
// start, seen on today, with its texts translated; the period the
// comparison left out as not ended is named "so far".
func effectChartInput(cal app.Calendar, g app.Goal, plan []app.PeriodTarget, values []app.PeriodValue, start, today app.Date) chart.EffectInput {
	in := chart.EffectInputFrom(cal, g, plan, values, start, today)
	in.Title = lang.L("{{.Goal}}: before and after the action", map[string]any{"Goal": g.Title})
	in.MarkerLabel = lang.L("Action started {{.Date}}", map[string]any{"Date": start.String()})
	in.BeforeLabel, in.AfterLabel = lang.L("Before"), lang.L("After")
	in.PlanLabel, in.ActualLabel = lang.L("Plan"), lang.L("Actual")
	in.Wan, in.PointsUnit = chineseNumbers(), pointsUnit()
	labels, namer := make([]string, len(in.Keys)), periodNamer{}
	for i, k := range in.Keys {
		labels[i] = namer.keyName(k)
		if k == in.Effect.Running {
			labels[i] = lang.L("{{.Period}} so far", map[string]any{"Period": labels[i]})
		}
	}
	in.Periods = labels
	return in
}
