package app

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The A thresholds. A target within the best growth history shows (the best
// fiscal year, or the last four quarters when they did better) passes.
// Beyond it, the target is ambitious up to twice the best growth or the
// best plus a slack, whichever is higher, and unrealistic past that; the
// slack keeps a business with little past growth from being told that
// +10 % is unrealistic. Growth in points (market share) moves in smaller
// steps, hence its smaller slack. Without history a target is unrealistic
// above noHistoryLimit (more than doubling, or +10 pp), a cut above
// noHistoryCut (more than halving, the mirror of doubling: a relative cut
// never reaches 100 %, so the doubling limit let any cut pass); the seed's FAQ
// example, 1M to 5M (+400 %), is unrealistic with any history short of a
// year of +200 %.
const (
	ambitiousFactor  = 2.0
	ambitiousSlack   = 15.0 // percent
	ambitiousSlackPP = 3.0  // percentage points
	noHistoryLimit   = 100.0
	noHistoryLimitPP = 10.0
	noHistoryCut     = 50.0
)

// ambitiousLimit is the most growth (or cut, for decrease goals) that is
// still ambitious rather than unrealistic, given the best achieved. A best
// year that still went against the goal (sales down 30 %) counts as a flat
// one: below zero the limit would call any improvement unrealistic and
// suggest a target that worsens on the baseline.
func ambitiousLimit(best float64, pp bool) float64 {
	slack := ambitiousSlack
	if pp {
		slack = ambitiousSlackPP
	}
	best = max(best, 0)
	return max(ambitiousFactor*best, best+slack)
}

// checkAchievable is A. For increase and decrease goals it compares the
// growth the target asks for (RequiredGrowth) with the best growth in
// history, in the goal's direction: a decrease goal compares the cut it
// asks for with the largest cut achieved. Within the best: pass; up to
// ambitiousLimit: warn "ambitious"; beyond: warn "unrealistic" with a
// suggested target at the limit. Without growth history it warns that
// history is missing, or "unrealistic" above noHistoryLimit. A target that
// improves on nothing, measured against history because the baseline is
// unknown, warns. For flow increase and decrease goals, floors that add up
// to more than the target fail; a floor above its period's target warns.
func checkAchievable(g Goal, plan []PeriodTarget, h GrowthHistory, noTarget bool) findings {
	var fs findings
	if !noTarget && (g.Kind == KindIncrease || g.Kind == KindDecrease) {
		fs.growth(g, h)
	}
	fs.floors(g, plan)
	return fs
}

func (fs *findings) growth(g Goal, h GrowthHistory) {
	base, hasBase := GrowthBase(g, h)
	need, needOK := RequiredGrowth(g, h)
	dir := 1.0
	if g.Kind == KindDecrease {
		dir = -1
	}
	noHistory := h.Values == 0
	best, bestOK := bestGrowth(h, dir)
	years := 1
	if hasBase && needOK {
		need, years = fs.perYear(g, h, need)
	}
	args := []any{"Needed", FormatGrowth(need, h.PP), "Reference", fmtValue(g, base)}
	switch {
	case !hasBase && noHistory:
		fs.add(VerdictWarn, MsgANoHistory, msgAFixHistory)
	case !hasBase:
		fs.add(VerdictWarn, msgANoReference, msgMFixBaseline)
	case !needOK:
		fs.add(VerdictWarn, MsgAGrowthUndefined, msgAFixGrowthUndefined, "Reference", fmtValue(g, base))
	case need*dir <= 0:
		if g.Baseline == nil {
			fs.add(VerdictWarn, msgANoImprovement, msgAFixNoImprovement, args...)
		}
	case !bestOK:
		fs.noBest(h, need*dir, dir < 0, noHistory, args)
	default:
		fs.againstBest(g, h, growthAsked{need: need, best: best, dir: dir, base: base, years: years}, args)
	}
	fs.weeks53(g, h) // after the verdict it explains
}

// perYear is the growth need (over the latest full year, without a
// baseline) asked a year when that year is not the one before the goal's,
// as when the year before is not closed yet: the target of 2023 on 2021
// asks +44 % in two years, +20 % a year, which is what a best year
// compares with. It says so with the growth in all and the years. Without
// a gap, or for a target that goes below zero, need is as it was, in one
// year.
func (fs *findings) perYear(g Goal, h GrowthHistory, need float64) (float64, int) {
	latest, ok := h.LatestYear()
	if g.Baseline != nil || !ok || g.Start.IsZero() {
		return need, 1
	}
	years := h.cal.PeriodOf(CadenceYear, g.Start).Year - latest.Year
	if years < 2 || !h.PP && need <= -100 {
		return need, 1
	}
	fs.add(VerdictWarn, msgAYearsApart, msgAFixYearsApart, "Year", strconv.Itoa(latest.Year),
		"Years", strconv.Itoa(years), "Total", FormatGrowth(need, h.PP), "PerYear", FormatGrowth(compound(need, 1/float64(years), h.PP), h.PP))
	return compound(need, 1/float64(years), h.PP), years
}

// weeks53 says of each year of h in which 53 weeks ended that its sum
// counts as 52 weeks' worth (GrowthHistory.Scaled): the reference and the
// best year are then not the sums the owner recorded, and without a word
// they would read as wrong.
func (fs *findings) weeks53(g Goal, h GrowthHistory) {
	for _, y := range h.Years {
		if recorded, ok := h.Scaled[y.Year]; ok {
			fs.add(VerdictPass, msgAWeeks53, "", "Year", strconv.Itoa(y.Year),
				"Recorded", fmtValue(g, recorded), "Counted", fmtValue(g, y.Value))
		}
	}
}

// compound is growth g (percent, or points when pp) taken n times: n = 2
// is two years of it, n = 1/2 each of two years that make it.
func compound(g, n float64, pp bool) float64 {
	if pp {
		return g * n
	}
	return (math.Pow(1+g/100, n) - 1) * 100
}

// growthAsked is the growth a target asks for against the best in history,
// in direction dir (+1 up, -1 down), on base, a year for years years.
type growthAsked struct {
	need, best, dir, base float64
	years                 int
}

// noBest is A without a best year: unrealistic beyond what no history can
// back, else why history says nothing. need is in the goal's direction;
// cut is true for a decrease goal.
func (fs *findings) noBest(h GrowthHistory, need float64, cut, noHistory bool, args []any) {
	limit, msg := noHistoryLimit, MsgAUnrealisticNoHist
	switch {
	case h.PP:
		limit = noHistoryLimitPP
	case cut:
		limit = noHistoryCut
	}
	fix := msgAFixNoHistHigh
	if cut {
		msg, fix = MsgAUnrealisticNoHistCut, msgAFixNoHistCut
	}
	switch {
	case !atMost(need, limit):
		fs.add(VerdictWarn, msg, fix, args...)
	case noHistory:
		fs.add(VerdictWarn, MsgANoHistory, msgAFixHistory)
	default:
		fs.noGrowth(h)
	}
}

// againstBest is A with a best year: within it, ambitious up to
// ambitiousLimit, else unrealistic with a target at that limit. A best
// year that went against the goal is no "best year" to exceed: every year
// went the other way, and A says so.
func (fs *findings) againstBest(g Goal, h GrowthHistory, a growthAsked, args []any) {
	need, best, dir := a.need*a.dir, a.best*a.dir, a.dir
	args = append(args, "Best", FormatGrowth(a.best, h.PP))
	limit := ambitiousLimit(best, h.PP)
	ambitious, unrealistic := msgAAmbitious, MsgAUnrealistic
	if best <= 0 {
		ambitious, unrealistic = msgAAmbitiousAgainst, MsgAUnrealisticAgainst
	}
	switch {
	case atMost(need, best):
		fs.add(VerdictPass, msgAWithin, "", args...)
	case atMost(need, limit):
		fs.add(VerdictWarn, ambitious, msgAFixAmbitious, args...)
	default:
		total := compound(dir*limit, float64(max(a.years, 1)), h.PP) // the limit each year of a gap
		suggested := a.base + math.Abs(a.base)*total/100
		if h.PP {
			suggested = a.base + total
		}
		args = append(args, "Suggested", fmtValue(g, RoundValue(suggested, g.Decimals)))
		fix := msgAFixUnrealistic
		if dir < 0 { // a smaller cut is a higher target
			fix = msgAFixUnrealisticCut
		}
		fs.add(VerdictWarn, unrealistic, fix, args...)
	}
}

// noGrowth says why history h shows no past growth: no two full years in
// a row, or, when it has them, a year of zero or less to grow from.
func (fs *findings) noGrowth(h GrowthHistory) {
	for i := 1; i < len(h.Years); i++ {
		if prev := h.Years[i-1]; prev.Year == h.Years[i].Year-1 && !h.PP && prev.Value <= 0 {
			fs.add(VerdictWarn, msgANoGrowthFromZero, msgAFixHistory, "Year", strconv.Itoa(prev.Year))
			return
		}
	}
	fs.add(VerdictWarn, msgANoGrowth, msgAFixHistory)
}

// atMost is a ≤ b, forgiving float noise so that a target asking exactly
// the best growth is within it.
func atMost(a, b float64) bool {
	return a <= b+1e-9*max(1, math.Abs(b))
}

// bestGrowth is the best of the best year's growth and the trend, in
// direction dir (+1 up, -1 down).
func bestGrowth(h GrowthHistory, dir float64) (float64, bool) {
	best, ok := h.Best, h.BestOK
	if h.TrendOK && (!ok || h.Trend*dir > best*dir) {
		best, ok = h.Trend, true
	}
	return best, ok
}

func (fs *findings) floors(g Goal, plan []PeriodTarget) {
	var past []string
	sum, hasFloor := 0.0, false
	for _, t := range plan {
		if t.Floor == nil {
			continue
		}
		sum, hasFloor = sum+*t.Floor, true
		if PastBound(g.Kind, t.Target, *t.Floor) {
			past = append(past, strings.TrimSpace(t.PeriodKey))
		}
	}
	// Ceilings that add up to more than a decrease goal's target ask
	// nothing the target does not: only floors can ask too much together.
	if hasFloor && g.Kind == KindIncrease && g.Aggregation == AggFlow && RoundValue(sum, g.Decimals) > RoundValue(g.Target, g.Decimals) {
		fs.add(VerdictFail, msgAFloorsExceed, msgAFixFloorsExceed, "Floors", fmtValue(g, sum), "Target", fmtValue(g, g.Target))
	}
	switch {
	case len(past) == 0:
	case BoundIsCeiling(g.Kind):
		fs.add(VerdictWarn, msgACeilingBelow, msgAFixCeilingBelow, "Periods", strings.Join(past, ", "))
	default:
		fs.add(VerdictWarn, msgAFloorAbove, msgAFixFloorAbove, "Periods", strings.Join(past, ", "))
	}
}

// Horizon limits: a goal of three months or less leaves no room to review
// and adjust; one of more than three years is a strategy, not a target.
const (
	shortMonths = 3
	longYears   = 3
)

// cadenceDays are the shortest lengths of the cadences' periods.
var cadenceDays = map[Cadence]int{
	CadenceWeek: 7, CadenceMonth: 28, CadenceQuarter: 90,
	CadenceHalf: 181, CadenceYear: 365,
}

// checkTimeBound is T. It fails missing dates, an end not after the start,
// a missing check-in cadence and one whose period is as long as the goal
// (a single check-in). For increase and decrease goals it fails a missing
// plan, a flow plan that does not add up to the target and a level plan
// whose last period is not the target; for every goal with a plan it fails
// periods of the span without a target and warns about periods outside it.
// It warns when the goal runs three months or less, or more than three
// years, and when it ended before Today.
func checkTimeBound(in SMARTInput) findings {
	var fs findings
	g := in.Goal
	dated := !g.Start.IsZero() && !g.End.IsZero()
	switch {
	case !dated:
		fs.add(VerdictFail, msgTNoDates, msgTFixDates)
	case !g.End.After(g.Start.Time):
		fs.add(VerdictFail, msgTEndBeforeStart, msgTFixEnd, "Start", g.Start.String(), "End", g.End.String())
		return fs
	default:
		fs.horizon(g, in.Today)
		fs.titleYears(g)
	}
	days, known := cadenceDays[g.Cadence]
	switch {
	case !known:
		fs.add(VerdictFail, msgTNoCadence, msgTFixCadence)
	case dated && (g.End.DayNumber()-g.Start.DayNumber()+1 <= days || !spansTwoPeriods(in.Calendar, g.Cadence, g.Start, g.End)):
		fs.add(VerdictFail, msgTCadenceTooLong, msgTFixCadenceLong)
	}
	needsPlan := g.Kind == KindIncrease || g.Kind == KindDecrease
	switch {
	case len(in.Plan) == 0 && needsPlan:
		fs.add(VerdictFail, msgTNoPlan, msgTFixNoPlan)
	case len(in.Plan) > 0 && dated:
		fs.plan(g, fs.planCheck(in))
	}
	return fs
}

// spansTwoPeriods tells whether start to end meets two periods of
// cadence c or more, as len(cal.Periods(c, start, end)) >= 2 does
// without listing them all: ten years of weeks made the goal list's
// SMART checks of 2,000 goals take 47 ms.
func spansTwoPeriods(cal Calendar, c Cadence, start, end Date) bool {
	if start.IsZero() || end.IsZero() || end.DayNumber() < start.DayNumber() {
		return false
	}
	first := cal.PeriodOf(c, start)
	second := first.Next()
	return first.Valid() && second.Valid() && cal.FirstDay(second) <= end.DayNumber()
}

// horizon checks the length of a dated goal and that it has not ended.
func (fs *findings) horizon(g Goal, today Date) {
	end := g.End.DayNumber()
	if end < addMonths(g.Start, shortMonths).DayNumber() {
		fs.add(VerdictWarn, msgTShort, msgTFixShort, "Days", strconv.Itoa(end-g.Start.DayNumber()+1))
	}
	if end >= addMonths(g.Start, 12*longYears).DayNumber() {
		fs.add(VerdictWarn, msgTLong, msgTFixLong)
	}
	if !today.IsZero() && end < today.DayNumber() {
		fs.add(VerdictWarn, msgTEnded, msgTFixEnded, "End", g.End.String())
	}
}

// titleYear finds years such as "2023" or "2023年" in a title.
var titleYear = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)

// TitleYears are the years a title names, in order: "In 2023 raise sales" names 2023.
func TitleYears(title string) []int {
	var years []int
	for _, m := range titleYear.FindAllStringSubmatch(title, -1) {
		y, _ := strconv.Atoi(m[1])
		years = append(years, y)
	}
	return years
}

// titleYears warns when the title names years and the goal's dates cover
// none of them: "In 2023 raise sales…" planned for 2026 is a slip.
func (fs *findings) titleYears(g Goal) {
	var named []string
	for _, y := range TitleYears(g.Title) {
		if y >= g.Start.Year() && y <= g.End.Year() {
			return
		}
		named = append(named, strconv.Itoa(y))
	}
	if len(named) > 0 {
		fs.add(VerdictWarn, msgTTitleYear, msgTFixTitleYear, "Years", strings.Join(named, ", "),
			"Start", g.Start.String(), "End", g.End.String())
	}
}

// planCheck is CheckPlan of the input's plan, in which a flow plan
// re-spread after a review (ReplannedAfter) adds up, with a finding that
// says so.
func (fs *findings) planCheck(in SMARTInput) PlanCheck {
	g := in.Goal
	c := CheckPlan(in.Calendar, g, in.Plan)
	if c.AddsUp {
		return c
	}
	if p, ok := ReplannedAfter(in.Calendar, g, in.Plan, in.Actuals, in.Today); ok {
		c.AddsUp = true
		fs.add(VerdictPass, msgTReplanned, "", "Period", p.Key(), "Target", fmtValue(g, g.Target))
	}
	return c
}

func (fs *findings) plan(g Goal, c PlanCheck) {
	if !c.AddsUp {
		fs.add(VerdictFail, msgTNotAddingUp, msgTFixNotAddingUp,
			"Total", fmtValue(g, c.Total), "Target", fmtValue(g, g.Target), "Diff", fmtSigned(g, c.Diff))
	}
	if !c.EndsAtTarget && len(c.MissingPeriods) == 0 {
		fs.add(VerdictFail, msgTNotEnding, msgTFixNotEnding, "Last", fmtValue(g, c.Total), "Target", fmtValue(g, g.Target))
	}
	if len(c.MissingPeriods) > 0 {
		fs.add(VerdictFail, msgTMissing, msgTFixMissing, "Periods", strings.Join(c.MissingPeriods, ", "))
	}
	if len(c.ExtraPeriods) > 0 {
		fs.add(VerdictWarn, msgTExtra, msgTFixExtra, "Periods", strings.Join(c.ExtraPeriods, ", "))
	}
}

// addMonths is the day n months after d, clamped to the month's end as a
// person counts ("three months after 30 November" is 28 February).
func addMonths(d Date, n int) Date {
	t := civil(d)
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return Date{Time: first.AddDate(0, 0, min(t.Day(), last)-1)}
}
