package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// showEffects shows, for each goal the action should move, what changed
// after the action started, worded so that it claims no cause.
func (e *actionEditor) showEffects() {
	e.effects.Objects = nil
	if len(e.plan.GoalIDs) == 0 || e.plan.Start.IsZero() {
		e.effects.Add(wrapped(lang.L("Link a goal and set a start date to see whether the numbers moved.")))
		return
	}
	// Before its start nothing can be told of an action: the check-ins
	// all fall before it, and the verdicts speak of it as started.
	if e.plan.Start.DayNumber() > e.ui.today().DayNumber() {
		e.effects.Add(wrapped(lang.L("The action starts on {{.Start}}. Once check-ins come in after that day, this compares the numbers before and after it.",
			map[string]any{"Start": e.plan.Start.String()})))
		return
	}
	snap, err := e.ui.store.Snapshot(e.ui.context(), app.GoalFilter{IncludeArchived: true})
	if err != nil {
		e.ui.showError(err)
		return
	}
	for _, g := range snap.Goals {
		if !linked(e.plan, g.ID) {
			continue
		}
		values := append(app.ValuesFromHistory(snap.History[g.ID]), app.ValuesFromCheckIns(snap.CheckIns[g.ID])...)
		res := app.Effect(e.ui.calendar(), g, snap.Plans[g.ID], values, e.plan.Start, e.ui.today())
		title := wrappedBold(g.Title) // a long title must not widen the window
		text := widget.NewLabel(effectTextAt(e.ui.calendar(), g, res, e.plan.Start, e.ui.today()))
		text.Wrapping = fyne.TextWrapWord
		e.effects.Add(title)
		e.effects.Add(text)
		e.addOthersWithin(g, res)
		e.addEffectChart(g, snap, values, res)
	}
}

// addOthersWithin names the other actions on g that started within the
// periods res compares, when there are any: the goal's plans only, as a
// file may hold thousands.
func (e *actionEditor) addOthersWithin(g app.Goal, res app.EffectResult) {
	if res.N == 0 {
		return
	}
	plans, err := e.ui.store.ListActionPlans(e.ui.context(), app.ActionFilter{GoalID: g.ID})
	if err != nil {
		e.ui.showError(err)
		return
	}
	if others := e.ui.calendar().ActionsWithin(g, res, e.plan.ID, plans); len(others) > 0 {
		e.effects.Add(wrapped(othersWithinText(others)))
	}
}

// othersWithinText names the other actions on a goal that started within
// the periods an action's effect compares: the change may be theirs too.
func othersWithinText(others []app.ActionPlan) string {
	names := make([]string, len(others))
	for i, p := range others {
		names[i] = lang.L("“{{.Action}}” ({{.Start}})", map[string]any{"Action": p.Problem, "Start": p.Start.String()})
	}
	args := map[string]any{"Actions": strings.Join(names, lang.L(", "))}
	if len(others) == 1 {
		return lang.L("Another action on this goal started within the periods compared, so the change may be its too: {{.Actions}}.", args)
	}
	return lang.L("Other actions on this goal started within the periods compared, so the change may be theirs too: {{.Actions}}.", args)
}

func linked(p app.ActionPlan, goalID int64) bool {
	for _, id := range p.GoalIDs {
		if id == goalID {
			return true
		}
	}
	return false
}

// effectTextAt is effectText for an action started on start, read on
// today: where no check-in came in since the start, it says why. "Too
// early to tell" was shown years after an action whose goal had ended, or
// whose periods since were simply never checked in.
func effectTextAt(cal app.Calendar, g app.Goal, r app.EffectResult, start, today app.Date) string {
	left := partialEffectText(r.Partial)
	switch {
	case left == "":
		return effectTextOf(cal, g, r, start, today)
	case r.Verdict == app.EffectTooEarly && r.Running == "":
		return lang.L("Nothing to compare with yet: no whole period since the action started has a check-in.") + " " + left
	case r.Verdict == app.EffectNoBaseline:
		return lang.L("Nothing to compare with: no whole period before the action started has a check-in.") + " " + left
	}
	return effectTextOf(cal, g, r, start, today) + " " + left
}

// partialEffectText names the periods an effect left out as the goal's dates
// cover them in part, "" when there are none.
func partialEffectText(keys []string) string {
	names, namer := make([]string, 0, len(keys)), periodNamer{}
	for _, k := range keys {
		names = append(names, namer.keyName(k))
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return lang.L("{{.Period}} is left out: the goal's dates cover only part of it, and its figure is not a whole period's.",
			map[string]any{"Period": names[0]})
	}
	return lang.L("{{.Periods}} are left out: the goal's dates cover only part of each, and their figures are not whole periods'.",
		map[string]any{"Periods": strings.Join(names, lang.L(", "))})
}

// effectTextOf is effectTextAt but for the periods left out in part.
func effectTextOf(cal app.Calendar, g app.Goal, r app.EffectResult, start, today app.Date) string {
	running := ""
	if p, err := app.ParsePeriodKey(r.Running); r.Running != "" && err == nil {
		running = periodName(p)
	}
	switch {
	case r.Verdict == app.EffectTooEarly && running != "":
		return lang.L("Too early to tell: {{.Period}} has not ended, and its figures so far are not a whole period's.",
			map[string]any{"Period": running})
	case running != "":
		return effectText(g, r) + " " + lang.L("{{.Period}} is left out: it has not ended, and its figures so far are not a whole period's.",
			map[string]any{"Period": running})
	case r.Verdict != app.EffectTooEarly:
		return effectText(g, r)
	}
	if !g.End.IsZero() && g.End.DayNumber() < start.DayNumber() {
		return lang.L("The goal ended on {{.End}}, before the action started: it has no period after the start to compare.",
			map[string]any{"End": g.End.String()})
	}
	first := cal.PeriodOf(g.Cadence, start)
	if first.Valid() && today.DayNumber() > cal.LastDay(first)+app.Grace(g.Cadence) {
		return lang.L("No check-in since the action started: {{.Period}} and the periods after it have none. Check them in to see whether the numbers moved.",
			map[string]any{"Period": periodName(first)})
	}
	return effectText(g, r)
}

// effectText words an effect honestly: what changed after the start, not why.
func effectText(g app.Goal, r app.EffectResult) string {
	v := func(x float64) string { return app.FormatValue(x, g.Decimals, g.Unit, g.UnitLabel) }
	change := signed(v(r.Change), r.Change)
	if g.Unit == app.UnitPercent {
		// A change between two percentages is in percentage points.
		change = lang.L("{{.PP}} pp", map[string]any{"PP": signed(app.FormatValue(r.Change, max(g.Decimals, 1), app.UnitCount, ""), r.Change)})
	}
	switch r.Verdict {
	case app.EffectTooEarly:
		return lang.L("Too early to tell: no check-in since the action started.")
	case app.EffectNoBaseline:
		return lang.L("Nothing to compare with: no check-in before the action started.")
	}
	args := map[string]any{"N": r.N, "Before": v(r.BeforeAvg), "After": v(r.AfterAvg), "Change": change}
	text := lang.L("Average of the {{.N}} periods before the start: {{.Before}}; of the {{.N}} periods since: {{.After}} ({{.Change}}).", args)
	if r.N == 1 {
		text = lang.L("The period before the start: {{.Before}}; the period since: {{.After}} ({{.Change}}).", args)
	}
	if r.RelOK {
		text += " " + lang.L("That is {{.Rel}}.", map[string]any{"Rel": signed(app.FormatFraction(r.ChangeRel, 1), r.ChangeRel)})
	}
	if r.GapOK {
		text += " " + lang.L("Gap to plan per {{.Period}}: {{.Before}} before, {{.After}} since.", map[string]any{
			"Period": cadenceNoun(g.Cadence), "Before": signed(v(r.BeforeGap), r.BeforeGap), "After": signed(v(r.AfterGap), r.AfterGap)})
	}
	verdict := r.Verdict
	if r.GapVerdict != "" {
		verdict = r.GapVerdict
	}
	switch verdict {
	case app.EffectImproved:
		text += " " + lang.L("The numbers moved the right way after the action started.")
	case app.EffectWorsened:
		text += " " + lang.L("The numbers moved the wrong way after the action started.")
	default:
		text += " " + lang.L("The numbers hardly moved after the action started.")
	}
	return text + " " + lang.L("This shows what changed after the start; other things may have changed too.")
}
