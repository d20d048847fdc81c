package views

import (
	"context"
	"maps"
	"math"
	"slices"
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
	// latest is set for a stay goal, whose target holds in each period:
	// actual is then its latest period's value, not a sum of all of them
	// against one period's target, and done counts the periods on target.
	latest bool
}

func paceFiguresOf(p goalPace) paceFigures {
	g, a := p.Goal, p.Assessment
	f := paceFigures{noData: a.NoValues, target: checkInValueText(g, g.Target)}
	if f.noData {
		return f
	}
	f.actual, f.expected = checkInValueText(g, a.Actual), checkInValueText(g, a.Expected)
	f.done = doneText(g, a.Actual, a.Progress)
	if latest, n, ok := stayFigures(p); ok {
		f.latest, f.actual = true, valueText(g, latest)
		f.done = periodsOnTargetText(a.Progress, n)
	}
	if p.HasRollUp {
		f.rollUp = lang.L("sub-goals {{.Progress}}", map[string]any{"Progress": app.FormatFraction(p.RolledUp, 0)})
	}
	return f
}

// paceFacts is the line of figures: actual against target and expected.
func paceFacts(p goalPace) string {
	f := paceFiguresOf(p)
	if f.noData && p.Assessment.Status.Ended() {
		return lang.L("No check-ins · target {{.Target}}", map[string]any{"Target": f.target})
	}
	if f.noData {
		return lang.L("No check-ins yet · target {{.Target}}", map[string]any{"Target": f.target})
	}
	// The target's unit name is the actual's too: "40 of 200 customers".
	text := lang.L("{{.Actual}} of {{.Target}} · expected {{.Expected}} by now", map[string]any{
		"Actual": cellValueText(p.Goal, p.Assessment.Actual), "Target": f.target, "Expected": f.expected})
	if f.latest {
		text = lang.L("latest {{.Actual}} · target {{.Target}} each {{.Period}}", map[string]any{
			"Actual": f.actual, "Target": f.target, "Period": cadenceNoun(p.Goal.Cadence)})
	}
	text += " · " + f.done
	if f.rollUp != "" {
		text += " · " + f.rollUp
	}
	return text
}

// paceOutlook is the card's line on where the goal will land and what each
// remaining period needs; on where it ended, once it has.
func paceOutlook(p goalPace) string {
	g, pr := p.Goal, p.Projection
	if !pr.OK && p.Assessment.Status.Ended() {
		return lang.L("Ended with no check-in: nothing to project.")
	}
	if !pr.OK {
		return lang.L("Projection after the first check-in.")
	}
	if _, n, ok := stayFigures(p); ok {
		return stayOutlook(p, n)
	}
	if g.Kind == app.KindMilestone {
		return milestoneOutlook(p)
	}
	args := map[string]any{"End": valueText(g, pr.EndValue), "Share": outlookShare(g, pr)}
	text := lang.L("Projected end: {{.End}} ({{.Share}})", args)
	if p.Assessment.Status.Ended() {
		text = lang.L("Ended at {{.End}} ({{.Share}})", args)
	}
	if needs := needsText(g, pr); needs != "" {
		text += " · " + needs
	}
	return text
}

// milestoneOutlook is paceOutlook of a milestone, which is done or not and
// is not projected: where it stands, in the words of its check-ins.
func milestoneOutlook(p goalPace) string {
	g, pr := p.Goal, p.Projection
	args := map[string]any{"End": checkInValueText(g, pr.EndValue), "Share": outlookShare(g, pr)}
	if p.Assessment.Status.Final() {
		return lang.L("Ended: {{.End}} ({{.Share}})", args)
	}
	return lang.L("So far: {{.End}} ({{.Share}})", args)
}

// outlookShare is what the projected end is of the goal: "80% of target",
// how far it lies behind the start, or for a cap on a sum, as the card's
// figure says, "90% of the cap". Progress counted from a baseline says
// so: a share of 13.0% against 15.0%, from 9.0%, is "67% of the way from
// 9.0%", not 67% of the target, which 13.0% is not.
func outlookShare(g app.Goal, pr app.Projection) string {
	if used, ok := capUsed(g, pr.EndValue); ok {
		return lang.L("{{.Share}} of the cap", map[string]any{"Share": app.FormatFraction(used, 0)})
	}
	if share, below := belowStart(g, pr.EndValue); below {
		return share
	}
	args := map[string]any{"Attainment": progressShare(pr.Attainment)}
	if origin, ok := app.ProgressOrigin(g); ok && origin != 0 {
		args["Start"] = valueText(g, origin)
		return lang.L("{{.Attainment}} of the way from {{.Start}}", args)
	}
	return lang.L("{{.Attainment}} of target", args)
}

// stayFigures returns, for a stay goal with values, its latest counted
// period's value and how many periods were counted (those the projection
// was made from, as the status counted them); ok is false for other goals.
func stayFigures(p goalPace) (latest float64, n int, ok bool) {
	keys := p.Projection.Periods
	if !isStayKind(p.Goal.Kind) || len(keys) == 0 {
		return 0, 0, false
	}
	for _, v := range p.Values {
		if v.PeriodKey == keys[len(keys)-1] {
			return v.Value, len(keys), true
		}
	}
	return 0, 0, false
}

// periodsOnTargetText says how many of n periods were on target, progress
// being their share (a stay goal's, exact in n-ths).
func periodsOnTargetText(progress float64, n int) string {
	return lang.L("{{.Passed}} of {{.N}} on target", map[string]any{"Passed": int(math.Round(progress * float64(n))), "N": n})
}

// stayOutlook is paceOutlook of a stay goal with n periods counted: the
// share of all its periods projected on target and what each period left
// needs, or, once it has ended, how many were, and that the others were
// never checked in when that leaves it without a verdict.
func stayOutlook(p goalPace, n int) string {
	pr := p.Projection
	args := map[string]any{"Done": periodsOnTargetText(p.Assessment.Progress, n)}
	switch {
	case p.Assessment.Status == app.StatusNotReported:
		return lang.L("Ended with {{.Done}}; its other periods were never checked in", args)
	case p.Assessment.Status.Final():
		return lang.L("Ended with {{.Done}}", args)
	}
	text := lang.L("Projected: {{.Share}} of its periods on target", map[string]any{"Share": app.FormatFraction(pr.Attainment, 0)})
	if needs := needsText(p.Goal, pr); needs != "" {
		text += " · " + needs
	}
	return text
}

// countedStatuses is the order statuses are counted in: running ones
// first, then verdicts, then goals without data.
var countedStatuses = []app.Status{app.StatusOnTrack, app.StatusAtRisk, app.StatusOffTrack,
	app.StatusAchieved, app.StatusPartial, app.StatusMissed, app.StatusNotReported, app.StatusNoData}

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

// reportedReader counts the check-ins due from the store's running totals
// and reads, by goal, the periods that have a check-in.
type reportedReader interface {
	DueCounts(ctx context.Context, spans map[int64]app.DueSpan) (map[int64]app.DueCount, error)
	ReportedPeriodsOf(ctx context.Context, ids []int64) (map[int64]map[string]bool, error)
}

// dueCounts counts the check-ins due and overdue across all active goals.
func dueCounts(sh shell, store dueStore) (due, overdue int, err error) {
	due, overdue, _, err = dueByGoal(sh, store)
	return due, overdue, err
}

// dueByGoal is dueCounts with each goal's overdue check-ins, of the goals
// that have any.
func dueByGoal(sh shell, store dueStore) (due, overdue int, overdueOf map[int64]int, err error) {
	goals, err := store.ListGoals(sh.context(), app.GoalFilter{})
	if err != nil {
		return 0, 0, nil, err
	}
	counts, err := countDue(sh.context(), store, goals, sh.calendar(), sh.today(), false)
	overdueOf = map[int64]int{}
	for id, c := range counts {
		due, overdue = due+c.Due, overdue+c.Overdue
		if c.Overdue > 0 {
			overdueOf[id] = c.Overdue
		}
	}
	return due, overdue, overdueOf, err
}

// overdueText says how many of a goal's check-ins are overdue, on its
// card: a cost whose month was never checked in reads low.
func overdueText(n int) string {
	if n == 1 {
		return lang.L("1 check-in overdue")
	}
	return lang.L("{{.N}} check-ins overdue", map[string]any{"N": n})
}

// countDue counts each goal's check-ins due and overdue at the end of day
// today: from the store's running totals (data.Store.DueCounts), and from
// every period reported for a goal whose totals are being recomputed.
// When listed is set, it lists each goal's Due too: the periods after its
// latest reported one when no period before that is missing
// (app.UnreportedFrom), else from every period reported (reading them for
// 2,000 goals behind by a quarter took the Check-ins screen 1.3 s). A goal
// with none due is missing from the map.
func countDue(ctx context.Context, store reportedReader, goals []app.Goal, cal app.Calendar, today app.Date,
	listed bool) (map[int64]dueCount, error) {
	spans := make(map[int64]app.DueSpan, len(goals))
	for _, g := range goals {
		if sp := app.DueSpanOf(cal, g, today); sp.Due > 0 {
			spans[g.ID] = sp
		}
	}
	counts, err := store.DueCounts(ctx, spans)
	if err != nil {
		return nil, err
	}
	goalsDue, allDue := dueTotals(counts)
	out := make(map[int64]dueCount, goalsDue)
	reread := map[int64]bool{}
	// The goals' lists share one slice, as long as the periods counted due:
	// a slice a goal, grown as it was filled, took a third of the Check-ins
	// screen's read at 2,000 goals a quarter behind.
	var listing []app.Due
	if listed {
		listing = make([]app.Due, 0, allDue)
	}
	for _, g := range goals {
		sp, due := spans[g.ID]
		c, counted := counts[g.ID]
		switch {
		case !due:
		case !counted:
			reread[g.ID] = true
		case !listed:
			if c.Due > 0 {
				out[g.ID] = dueCount{DueCount: c}
			}
		case c.Due > 0:
			if from, ok := app.UnreportedFrom(sp, c); ok {
				n := len(listing)
				listing = app.AppendDueCheckInsFrom(listing, cal, g, from, nil, today)
				out[g.ID] = listedDue(listing[n:len(listing):len(listing)])
			} else {
				reread[g.ID] = true
			}
		}
	}
	if err := listReread(ctx, store, goals, cal, today, reread, out); err != nil {
		return nil, err
	}
	return out, nil
}

// listReread puts in out the check-ins due of the goals of reread, worked
// out from every period reported for them (countDue).
func listReread(ctx context.Context, store reportedReader, goals []app.Goal, cal app.Calendar, today app.Date,
	reread map[int64]bool, out map[int64]dueCount) error {
	if len(reread) == 0 {
		return nil
	}
	reported, err := store.ReportedPeriodsOf(ctx, slices.Collect(maps.Keys(reread)))
	if err != nil {
		return err
	}
	for _, g := range goals {
		if reread[g.ID] {
			out[g.ID] = listedDue(app.DueCheckIns(cal, g, reported[g.ID], today))
		}
	}
	return nil
}

// dueTotals is how many goals counts has with check-ins due, and how
// many check-ins they have due in all.
func dueTotals(counts map[int64]app.DueCount) (goals, due int) {
	for _, c := range counts {
		if c.Due > 0 {
			goals++
			due += c.Due
		}
	}
	return goals, due
}

// listedDue is the dueCount of a goal's check-ins due.
func listedDue(list []app.Due) dueCount {
	c := dueCount{list: list}
	for _, d := range list {
		c.Due++
		if d.Overdue {
			c.Overdue++
		}
	}
	return c
}

// dueCount is a goal's app.DueCount, with its list when countDue read it.
type dueCount struct {
	app.DueCount
	list []app.Due
}
