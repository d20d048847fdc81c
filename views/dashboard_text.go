package views

import (
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/data"
)

// paceFacts is the card's line of figures: actual against target and expected.
func paceFacts(p goalPace) string {
	g, a := p.Goal, p.Assessment
	v := func(x float64) string { return app.FormatValue(x, g.Decimals, g.Unit, g.UnitLabel) }
	if a.Status == app.StatusNoData {
		return lang.L("No check-ins yet · target {{.Target}}", map[string]any{"Target": v(g.Target)})
	}
	text := lang.L("{{.Actual}} of {{.Target}} · expected {{.Expected}} by now · {{.Progress}} done", map[string]any{
		"Actual": v(a.Actual), "Target": v(g.Target), "Expected": v(a.Expected),
		"Progress": app.FormatFraction(a.Progress, 0)})
	if p.HasRollUp {
		text += " · " + lang.L("sub-goals {{.Progress}}", map[string]any{"Progress": app.FormatFraction(p.RolledUp, 0)})
	}
	return text
}

// paceOutlook is the card's line on where the goal will land and what it takes.
func paceOutlook(p goalPace) string {
	g, pr := p.Goal, p.Projection
	if !pr.OK {
		return lang.L("Projection after the first check-in.")
	}
	v := func(x float64) string { return app.FormatValue(x, g.Decimals, g.Unit, g.UnitLabel) }
	text := lang.L("Projected end: {{.End}} ({{.Attainment}} of target)", map[string]any{
		"End": v(pr.EndValue), "Attainment": app.FormatFraction(pr.Attainment, 0)})
	switch {
	case pr.RemainingPeriods == 0 || g.Kind == data.KindMilestone:
	case g.Aggregation == data.AggLevel:
		// For a level the need is a change per period, in points for percentages.
		step := signed(v(pr.NeededPerPeriod), pr.NeededPerPeriod)
		if g.Unit == data.UnitPercent {
			step = lang.L("{{.PP}} pp", map[string]any{"PP": signed(app.FormatValue(pr.NeededPerPeriod, max(g.Decimals, 1), data.UnitCount, ""), pr.NeededPerPeriod)})
		}
		text += " · " + lang.L("needs {{.Step}} per {{.Period}} over {{.N}} more", map[string]any{
			"Step": step, "Period": cadenceNoun(g.Cadence), "N": pr.RemainingPeriods})
	default:
		text += " · " + lang.L("needs {{.Amount}} per {{.Period}} over {{.N}} more", map[string]any{
			"Amount": v(pr.NeededPerPeriod), "Period": cadenceNoun(g.Cadence), "N": pr.RemainingPeriods})
	}
	return text
}

func cadenceNoun(c data.Cadence) string {
	switch c {
	case data.CadenceWeek:
		return lang.L("week")
	case data.CadenceMonth:
		return lang.L("month")
	case data.CadenceQuarter:
		return lang.L("quarter")
	}
	return lang.L("period")
}

// dueCounts counts the check-ins due and overdue across all active goals.
func (ui *mainUI) dueCounts() (due, overdue int, err error) {
	goals, err := ui.deps.Store.ListGoals(ui.ctx, data.GoalFilter{})
	if err != nil {
		return 0, 0, err
	}
	cal, today := ui.calendar(), ui.today()
	for _, g := range goals {
		reported, err := ui.reportedPeriods(g.ID)
		if err != nil {
			return due, overdue, err
		}
		for _, d := range app.DueCheckIns(cal, g, reported, today) {
			due++
			if d.Overdue {
				overdue++
			}
		}
	}
	return due, overdue, nil
}
