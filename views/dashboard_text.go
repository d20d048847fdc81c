package views

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
)

// paceFigures are the numbers of a goal's pace, written with its unit.
type paceFigures struct {
	noData                   bool
	actual, target, expected string
	done                     string // "80% done", or how far behind the start
	rollUp                   string // "sub-goals 40%", or empty
}

func paceFiguresOf(p goalPace) paceFigures {
	g, a := p.Goal, p.Assessment
	f := paceFigures{noData: a.Status == app.StatusNoData, target: valueText(g, g.Target)}
	if f.noData {
		return f
	}
	f.actual, f.expected = valueText(g, a.Actual), valueText(g, a.Expected)
	f.done = doneText(g, a.Actual, a.Progress)
	if p.HasRollUp {
		f.rollUp = lang.L("sub-goals {{.Progress}}", map[string]any{"Progress": app.FormatFraction(p.RolledUp, 0)})
	}
	return f
}

// paceFacts is the line of figures: actual against target and expected.
func paceFacts(p goalPace) string {
	f := paceFiguresOf(p)
	if f.noData {
		return lang.L("No check-ins yet · target {{.Target}}", map[string]any{"Target": f.target})
	}
	text := lang.L("{{.Actual}} of {{.Target}} · expected {{.Expected}} by now", map[string]any{
		"Actual": f.actual, "Target": f.target, "Expected": f.expected})
	text += " · " + f.done
	if f.rollUp != "" {
		text += " · " + f.rollUp
	}
	return text
}

// paceOutlook is the card's line on where the goal will land and what each
// remaining period needs.
func paceOutlook(p goalPace) string {
	g, pr := p.Goal, p.Projection
	if !pr.OK {
		return lang.L("Projection after the first check-in.")
	}
	share, below := belowStart(g, pr.EndValue)
	if !below {
		share = lang.L("{{.Attainment}} of target", map[string]any{"Attainment": app.FormatFraction(pr.Attainment, 0)})
	}
	text := lang.L("Projected end: {{.End}} ({{.Share}})", map[string]any{"End": valueText(g, pr.EndValue), "Share": share})
	if needs := needsText(g, pr); needs != "" {
		text += " · " + needs
	}
	return text
}

// countedStatuses is the order statuses are counted in: running ones
// first, then verdicts, then goals without data.
var countedStatuses = []app.Status{app.StatusOnTrack, app.StatusAtRisk, app.StatusOffTrack,
	app.StatusAchieved, app.StatusPartial, app.StatusMissed, app.StatusNoData}

// statusCountsText counts goals by status with the words of their badges,
// "At risk: 2 · Missed: 1", leaving out statuses no goal has.
func statusCountsText(counts map[app.Status]int) string {
	var parts []string
	for _, st := range countedStatuses {
		if n := counts[st]; n > 0 {
			parts = append(parts, lang.L("{{.Status}}: {{.N}}", map[string]any{"Status": statusLabel(st), "N": n}))
		}
	}
	return strings.Join(parts, " · ")
}

func cadenceNoun(c app.Cadence) string {
	switch c {
	case app.CadenceWeek:
		return lang.L("week")
	case app.CadenceMonth:
		return lang.L("month")
	case app.CadenceQuarter:
		return lang.L("quarter")
	}
	return lang.L("period")
}

// dueStore reads the goals and their check-ins.
type dueStore interface {
	goalLister
	checkInReader
	reportedReader
}

// reportedReader reads, by goal, the periods that have a check-in, all in one go.
type reportedReader interface {
	ReportedPeriods(ctx context.Context) (map[int64]map[string]bool, error)
}

// dueCounts counts the check-ins due and overdue across all active goals.
func dueCounts(sh shell, store dueStore) (due, overdue int, err error) {
	goals, err := store.ListGoals(sh.context(), app.GoalFilter{})
	if err != nil {
		return 0, 0, err
	}
	reported, err := store.ReportedPeriods(sh.context())
	if err != nil {
		return 0, 0, err
	}
	cal, today := sh.calendar(), sh.today()
	for _, g := range goals {
		for _, d := range app.DueCheckIns(cal, g, reported[g.ID], today) {
			due++
			if d.Overdue {
				overdue++
			}
		}
	}
	return due, overdue, nil
}
