package views

import (
	"math"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
)

// valueText writes a goal value with its unit, read on its own: a count
// with its unit name, "40 customers" (app.FigureText).
func valueText(g app.Goal, x float64) string {
	return app.FigureText(g, x)
}

// changeText writes a difference of goal values, in points for a
// percentage ("2.0 pp"); signed adds "+" to a rise.
func changeText(g app.Goal, x float64, sign bool) string {
	text := valueText(g, x)
	if g.Unit == app.UnitPercent {
		text = app.FormatValue(x, max(g.Decimals, 1), app.UnitCount, "")
	}
	if sign {
		text = signed(text, x)
	}
	if g.Unit == app.UnitPercent {
		return lang.L("{{.PP}} pp", map[string]any{"PP": text})
	}
	return text
}

// belowStart says how far value lies behind the goal's starting point,
// "1.0 pp below the starting 9.0%", when its progress is negative; ok is
// false otherwise, and a share of the target should be written instead.
func belowStart(g app.Goal, value float64) (text string, ok bool) {
	origin, has := app.ProgressOrigin(g)
	if !has || !(app.GoalProgress(g, value) < 0) {
		return "", false
	}
	args := map[string]any{"Gap": changeText(g, math.Abs(value-origin), false), "Start": valueText(g, origin)}
	if g.Kind == app.KindDecrease {
		return lang.L("{{.Gap}} above the starting {{.Start}}", args), true
	}
	return lang.L("{{.Gap}} below the starting {{.Start}}", args), true
}

// doneText is "80% done", or how far the actual lies behind the start;
// for a cap on a sum, how much of it is used ("40% of the cap used"), or
// for a cap of zero or below, how far it is passed: its progress from the
// baseline means something only once the span is over. 5 accidents by
// March against a cap of 0 read "95% done" from last year's 100.
func doneText(g app.Goal, actual, progress float64) string {
	if used, ok := capUsed(g, actual); ok {
		return lang.L("{{.Share}} of the cap used", map[string]any{"Share": app.FormatFraction(used, 0)})
	}
	if over := app.RoundValue(actual-g.Target, app.Decimals(g)); isSumCap(g) && over > 0 {
		return capSpentText(g, over)
	}
	if text, ok := belowStart(g, actual); ok {
		return text
	}
	// A loss to hold to running far past its plan has a progress below
	// zero while its loss is above its target's: nothing of it is done.
	return lang.L("{{.Progress}} done", map[string]any{"Progress": progressShare(max(progress, 0))})
}

// progressShare is a progress to the target in whole per cent, with a
// decimal while that would read 100% short of it: a projection of
// 11,960,527 of 12,000,000 is 99.7% of the target, not 100%.
func progressShare(f float64) string {
	whole := app.FormatFraction(f, 0)
	if f >= 1 || whole != app.FormatFraction(1, 0) {
		return whole
	}
	if one := app.FormatFraction(f, 1); one != app.FormatFraction(1, 1) {
		return one
	}
	return app.FormatFraction(0.999, 1)
}

// capUsed is the share of a cap on a sum (a decrease goal summed over its
// span, as a budget) that value uses; ok is false for other goals and for
// a cap that is not above zero.
func capUsed(g app.Goal, value float64) (float64, bool) {
	if !isSumCap(g) || !(g.Target > 0) {
		return 0, false
	}
	return value / g.Target, true
}

// isSumCap reports whether g caps a sum: a decrease goal summed over its
// span, as a budget.
func isSumCap(g app.Goal) bool {
	return g.Kind == app.KindDecrease && g.Aggregation == app.AggFlow
}

// needsText is what the remaining periods need, in the plan's shape:
// "needs Q2 ¥14,560,000, Q3 ¥16,640,000, Q4 ¥20,800,000" of a sum, the
// levels to be at by each period's end of a level ("needs at least Q2
// 10.1%"). Past four periods it names the first two and the last. Empty
// when nothing is due.
func needsText(g app.Goal, pr app.Projection) string {
	ns := pr.Needs
	if len(ns) == 0 || g.Kind == app.KindMilestone {
		return ""
	}
	if text, ok := needsInShort(g, ns, pr.EstimatedValue); ok {
		return text
	}
	args := map[string]any{"List": needsList(g, ns)}
	switch {
	case g.Kind == app.KindDecrease:
		return lang.L("at most {{.List}}", args)
	case g.Aggregation != app.AggFlow, app.IsLossLimit(g):
		// A level is not an amount to add: "needs 12" read as 12 more;
		// a loss to hold to needs at least −100,000 a month, not a loss.
		return lang.L("needs at least {{.List}}", args)
	}
	return lang.L("needs {{.List}}", args)
}

// needsInShort is the needs said without listing periods: a line to hold
// for a stay goal, or a sum already reached (never a loss to hold to,
// which the periods to come may still pass) or a cap already spent; ok is
// false when the periods must be listed. estimated is what the needs
// leave to periods never checked in (Projection.EstimatedValue): a cap is
// "already" passed by what was spent, not by an estimate.
func needsInShort(g app.Goal, ns []app.PeriodNeed, estimated float64) (text string, ok bool) {
	flow := g.Aggregation == app.AggFlow
	switch {
	case isStayKind(g.Kind):
		args := map[string]any{"Amount": valueText(g, ns[0].Amount), "Period": cadenceNoun(g.Cadence), "N": len(ns)}
		if g.Kind == app.KindStayBelow {
			// The target is a ceiling: needing it would ask for more.
			return lang.L("at most {{.Amount}} per {{.Period}} over {{.N}} more", args), true
		}
		return lang.L("needs {{.Amount}} per {{.Period}} over {{.N}} more", args), true
	case flow && g.Kind == app.KindIncrease && needed(ns) <= 0 && !app.IsLossLimit(g):
		return lang.L("target already reached"), true
	case flow && g.Kind == app.KindDecrease && needed(ns) <= 0:
		// The needs are rounded to the goal's decimals, the estimate is not.
		return capSpentText(g, app.RoundValue(-needed(ns)-estimated, app.Decimals(g))), true
	}
	return "", false
}

// needsList names each period with its amount; past four periods it names
// the first two and the last. A count's unit name, said by the figures
// before the list, is not said again for each period.
func needsList(g app.Goal, ns []app.PeriodNeed) string {
	naming := needsNaming(ns)
	parts := []string{}
	for i, n := range ns {
		if len(ns) > 4 && i == 2 {
			parts = append(parts, "…")
		}
		if len(ns) > 4 && i >= 2 && i < len(ns)-1 {
			continue
		}
		parts = append(parts, needPeriodName(n.PeriodKey, naming, i == 0)+" "+app.FormatValue(n.Amount, g.Decimals, g.Unit, g.UnitLabel))
	}
	return strings.Join(parts, lang.L(", "))
}

// capSpentText says that a cap on a sum has no room left for the periods
// to come, or how far it is passed already, rather than allowing them
// amounts of zero or below ("at most Jun −1").
func capSpentText(g app.Goal, over float64) string {
	if over <= 0 {
		return lang.L("no room left under the cap")
	}
	return lang.L("already {{.Over}} over the cap", map[string]any{"Over": valueText(g, over)})
}

// needed is the sum of the needs.
func needed(ns []app.PeriodNeed) float64 {
	total := 0.0
	for _, n := range ns {
		total += n.Amount
	}
	return total
}

func isStayKind(k app.Kind) bool {
	return k == app.KindStayAbove || k == app.KindStayBelow
}

// periodNaming is how a list of periods names them.
type periodNaming int

const (
	namedInFull   periodNaming = iota // "2026-Q4, 2027-Q1": the periods span years
	namedInYear                       // "Q2, Q3": one year, the plan's, named by none
	namedYearOnce                     // "2026 week 50, week 51": weeks of one year, named by the first
)

// needsNaming is how the needs' periods are named: within their year when
// they all lie in one, so that "Q2" says enough; weeks of one year name it
// once, where "week 50" alone would not say which; in full across years.
func needsNaming(ns []app.PeriodNeed) periodNaming {
	year, weeks := -1, false
	for _, n := range ns {
		p, err := app.ParsePeriodKey(n.PeriodKey)
		if err != nil || (year >= 0 && p.Year != year) {
			return namedInFull
		}
		year, weeks = p.Year, p.Cadence == app.CadenceWeek
	}
	if weeks {
		return namedYearOnce
	}
	return namedInYear
}

// needPeriodName names the period of key as naming says; first tells
// whether it is the list's first, which names the year once.
func needPeriodName(key string, naming periodNaming, first bool) string {
	p, err := app.ParsePeriodKey(key)
	switch {
	case err != nil:
		return key
	case naming == namedInYear:
		return periodColumnName(p)
	case naming == namedYearOnce && !first:
		return lang.L("week {{.N}}", map[string]any{"N": p.Index})
	}
	return periodName(p)
}

// periodsText names the periods a projection used: "2023-Q1", or
// "Jan 2023 to Apr 2023 (4 check-ins)".
func periodsText(keys []string) string {
	switch len(keys) {
	case 0:
		return ""
	case 1:
		return periodKeyName(keys[0])
	}
	return lang.L("{{.First}} to {{.Last}} ({{.N}} check-ins)", map[string]any{
		"First": periodKeyName(keys[0]), "Last": periodKeyName(keys[len(keys)-1]), "N": len(keys)})
}

// plansBelowZero reports whether a plan has a period below zero (a loss
// to hold to), which the projection measures no pace against.
func plansBelowZero(plan []app.PeriodTarget) bool {
	for _, t := range plan {
		if t.Target < 0 {
			return true
		}
	}
	return false
}

// projectionMethodText says in one line how the projection was made and
// from which periods, or that none was made once the goal has ended; and
// which periods of a falling sum, never checked in, it took at its pace.
func projectionMethodText(p goalPace) string {
	text, pr := projectionMethod(p), p.Projection
	if text == "" || p.Assessment.Status.Ended() {
		return text
	}
	if len(pr.Overdue) > 0 {
		text += " " + lang.L("{{.Periods}}, overdue, counted as nothing.", map[string]any{"Periods": periodListText(pr.Overdue)})
	}
	if len(pr.Estimated) == 0 {
		return text
	}
	return text + " " + lang.L("{{.Periods}}, never checked in, taken at the same pace: {{.Value}}.", map[string]any{
		"Periods": periodListText(pr.Estimated), "Value": valueText(p.Goal, pr.EstimatedValue)})
}

// periodListText names the periods of keys: each of up to three, else
// how many from the first to the last.
func periodListText(keys []string) string {
	if len(keys) > 3 {
		return lang.L("{{.N}} periods from {{.First}} to {{.Last}}", map[string]any{
			"N": len(keys), "First": periodKeyName(keys[0]), "Last": periodKeyName(keys[len(keys)-1])})
	}
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = periodKeyName(k)
	}
	return strings.Join(names, lang.L(", "))
}

// planPaceMethod says how a sum was projected at its pace against plan.
func planPaceMethod(p goalPace, args map[string]any) string {
	args["Pace"] = app.FormatFraction(p.Projection.Pace, 0)
	switch {
	case app.IsLossLimit(p.Goal):
		// "150% of plan" of a loss is 150% of the loss planned, not ahead.
		return lang.L("Projected from {{.Periods}}: a loss {{.Pace}} of the one planned, the same pace assumed for the rest of the plan.", args)
	case len(p.Plan) == 0:
		return lang.L("Projected from {{.Periods}}: {{.Pace}} of the target split evenly, the same pace assumed for the rest of it (no plan).", args)
	}
	return lang.L("Projected from {{.Periods}}: {{.Pace}} of plan, the same pace assumed for the rest of the plan.", args)
}

// projectionMethod is projectionMethodText without the periods estimated.
func projectionMethod(p goalPace) string {
	g, pr := p.Goal, p.Projection
	if !pr.OK {
		return ""
	}
	args := map[string]any{"Periods": periodsText(pr.Periods), "Period": cadenceNoun(g.Cadence)}
	if p.Assessment.Status.Ended() {
		return lang.L("The goal has ended: its figures are what {{.Periods}} recorded, and nothing is projected.", args)
	}
	one := len(pr.Periods) == 1
	if g.Kind == app.KindMilestone {
		return lang.L("{{.Periods}}: a milestone is done or not, so nothing is projected; the figures are where it stands.", args)
	}
	switch pr.Method {
	case app.MethodPlanPace:
		return planPaceMethod(p, args)
	case app.MethodRunRate:
		args["Rate"] = valueText(g, pr.Pace)
		if plansBelowZero(p.Plan) {
			return lang.L("Projected from {{.Periods}}: {{.Rate}} a {{.Period}} on average, repeated for each {{.Period}} left (a plan below zero gives no pace to keep).", args)
		}
		if len(p.Plan) > 0 {
			return lang.L("Projected from {{.Periods}}: {{.Rate}} a {{.Period}} on average, repeated for each {{.Period}} left (nothing was planned for those periods).", args)
		}
		return lang.L("Projected from {{.Periods}}: {{.Rate}} a {{.Period}} on average, repeated for each {{.Period}} left (no plan).", args)
	case app.MethodPlanGap:
		// The latest gap is held, from one value or many.
		args["Gap"] = changeText(g, pr.Pace, true)
		if len(p.Plan) == 0 {
			return lang.L("Projected from {{.Periods}}: {{.Gap}} from even steps to the target, the same gap assumed to its end (no plan).", args)
		}
		return lang.L("Projected from {{.Periods}}: {{.Gap}} from the plan, the same gap assumed to its end.", args)
	case app.MethodTrend, app.MethodStay:
		return lineMethodText(pr.Method, one, args)
	}
	if len(pr.Estimated) > 0 {
		return lang.L("Projected from {{.Periods}}: no period is left, so the projection is the actual and the periods never checked in.", args)
	}
	return lang.L("Projected from {{.Periods}}: no period is left, so the projection is the actual.", args)
}

// lineMethodText says how a projection along the line through the values
// was made (MethodTrend, MethodStay): from one value, the value held.
func lineMethodText(m app.ProjectionMethod, one bool, args map[string]any) string {
	if m == app.MethodStay {
		if one {
			return lang.L("Projected from {{.Periods}}: the periods that passed, and the latest value held for those left.", args)
		}
		return lang.L("Projected from {{.Periods}}: the periods that passed, and the straight line through the values extended over those left.", args)
	}
	if one {
		return lang.L("Projected from {{.Periods}}: the level held to the end (no plan).", args)
	}
	return lang.L("Projected from {{.Periods}}: the straight line through the values extended to the end (no plan).", args)
}
