package views

import (
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/chart"
)

// chartBuilder turns a review's figures into chart inputs with translated words.
type chartBuilder struct {
	ui shell
	// snap holds goal, or every goal of rows, with its plan and values.
	snap   app.Snapshot
	rows   []app.ReviewRow
	period app.Period
	goal   app.Goal
	paces  []app.Pace // every goal's pace, when worked out once for many charts
}

// goalRows reviews the chosen goal over every period of the review's length in its span.
func (b chartBuilder) goalRows() []app.ReviewRow {
	cal := b.ui.calendar()
	ps := cal.Periods(b.period.Cadence, b.goal.Start, b.goal.End)
	return app.ReviewGoalRows(cal, b.snap, b.goal.ID, ps, b.ui.today(), b.ui.thresholds())
}

func pointsUnit() string { return lang.L(" pp") }

func (b chartBuilder) planActual() chart.BarsInput {
	rows := b.goalRows()
	in := chart.BarsFromRows(rows)
	in.Goal = b.goal
	in.Title = lang.L("{{.Goal}}: plan and actual by {{.Period}}", map[string]any{"Goal": b.goal.Title, "Period": cadenceNoun(b.period.Cadence)})
	in.PlanLabel, in.ActualLabel = lang.L("Plan"), lang.L("Actual")
	in.Periods = periodLabels(rows)
	in.Wan, in.PointsUnit, in.Milestone = chineseNumbers(), pointsUnit(), milestoneWords()
	return in
}

func (b chartBuilder) goalGap() chart.VarianceInput {
	rows := b.goalRows()
	return chart.VarianceInput{
		Title:      lang.L("{{.Goal}}: gap to plan by {{.Period}}", map[string]any{"Goal": b.goal.Title, "Period": cadenceNoun(b.period.Cadence)}),
		AheadLabel: lang.L("Ahead of plan"), BehindLabel: lang.L("Behind plan"),
		Bars: chart.VarianceBarsFromRows(rows, periodLabels(rows)),
		Wan:  chineseNumbers(), PointsUnit: pointsUnit(), Milestone: milestoneWords(),
	}
}

func (b chartBuilder) goalsGap() chart.VarianceInput {
	return chart.VarianceInput{
		Title:      lang.L("{{.Period}}: gap to plan by goal", map[string]any{"Period": periodName(b.period)}),
		AheadLabel: lang.L("Ahead of plan"), BehindLabel: lang.L("Behind plan"),
		Bars:     chart.VarianceBarsFromRows(b.rows, nil),
		Relative: true, Wan: chineseNumbers(), PointsUnit: pointsUnit(), Milestone: milestoneWords(),
	}
}

func (b chartBuilder) portfolio() chart.PortfolioInput {
	return chart.PortfolioInput{
		Title:           lang.L("{{.Period}}: attainment of plan", map[string]any{"Period": periodName(b.period)}),
		ReferenceLabel:  lang.L("Plan 100%"),
		Items:           chart.PortfolioFromRows(b.rows),
		StatusLabels:    statusLabels(),
		BelowStartLabel: lang.L("below the start"),
	}
}

// contributors is what each value of a dimension did to row r's gap, as
// ContributorsBars draws it.
func (b chartBuilder) contributors(r app.ReviewRow, gc app.GapContributors) chart.ContributorsInput {
	values := make([]app.Contribution, len(gc.Values))
	for i, c := range gc.Values {
		values[i] = c
		values[i].Value = contributorValue(c)
	}
	expected := lang.L("Expected (this period's share of plan)")
	switch {
	case gc.Planned:
		expected = lang.L("Expected (own plan or share of plan)")
	case gc.LastYear:
		expected = lang.L("Expected (last year's share of plan)")
	}
	return chart.ContributorsInput{
		// The goal's title last: a long one is cut, not what the chart shows.
		Title: lang.L("{{.Period}} gap by {{.Dimension}}: {{.Goal}}",
			map[string]any{"Goal": r.Goal.Title, "Period": periodName(r.Period), "Dimension": gc.Dimension}),
		ExpectedLabel: expected, ActualLabel: lang.L("Actual"),
		Goal: r.Goal, Values: values, Wan: chineseNumbers(),
		Others: othersText,
	}
}

// pace is the chosen goal's pace as of today, for the cumulative chart.
func (b chartBuilder) pace() app.Pace {
	paces := b.paces
	if paces == nil {
		paces = app.Paces(b.ui.calendar(), b.snap, b.ui.today(), b.ui.thresholds())
	}
	for _, p := range paces {
		if p.Goal.ID == b.goal.ID {
			return p
		}
	}
	return app.Pace{Goal: b.goal}
}

// periodLabels names the rows' periods on a chart's axis. A period whose
// plan bar is only the part its actual covers so far (a quarter under way,
// October reported: October's plan) says so, "Q4 so far": a chart pasted
// into slides must not read as a quarter planned low.
func periodLabels(rows []app.ReviewRow) []string {
	labels, namer := make([]string, len(rows)), periodNamer{}
	for i, r := range rows {
		labels[i] = namer.columnName(r.Period)
		dec := app.Decimals(r.Goal)
		if r.HasActual && r.HasExpected && app.RoundValue(r.ExpectedCovered, dec) != app.RoundValue(r.Expected, dec) {
			labels[i] = lang.L("{{.Period}} so far", map[string]any{"Period": labels[i]})
		}
	}
	return labels
}

func statusLabels() map[app.Status]string {
	m := map[app.Status]string{}
	for _, s := range []app.Status{app.StatusOnTrack, app.StatusAtRisk, app.StatusOffTrack, app.StatusNoData,
		app.StatusAchieved, app.StatusPartial, app.StatusMissed, app.StatusNotReported} {
		m[s] = statusLabel(s)
	}
	return m
}
