package app

import (
	"strconv"
	"strings"
)

// Verdict is how a SMART rule judged the goal; a larger one is worse.
type Verdict int

// The verdicts, best first.
const (
	VerdictPass Verdict = iota
	VerdictWarn
	VerdictFail
)

// String is "pass", "warn" or "fail".
func (v Verdict) String() string {
	switch v {
	case VerdictPass:
		return "pass"
	case VerdictWarn:
		return "warn"
	}
	return "fail"
}

// Finding is one thing the SMART check says about a goal. Message and Fix
// are keys in Messages; both are filled from Args, whose values are
// preformatted strings.
type Finding struct {
	Verdict Verdict
	Message string
	Args    map[string]any
	// Fix says in plain words how to put it right; "" for a pass.
	Fix string
}

// LetterResult is the verdict on one SMART letter: the worst of its
// findings, pass when it has none.
type LetterResult struct {
	Letter   string // "S", "M", "A", "R" or "T"
	Verdict  Verdict
	Findings []Finding
}

// SMARTReport is the SMART check of a goal: its letters in the order S, M,
// A, R, T.
type SMARTReport struct {
	Letters []LetterResult
	// WantsActuals is true when a flow plan does not add up to the target
	// and no actuals were given: checked again with SMARTInput.Actuals, a
	// plan re-spread after a review passes.
	WantsActuals bool
}

// CanSave reports whether no rule failed; warnings do not stop a save.
func (r SMARTReport) CanSave() bool { return r.Verdict() < VerdictFail }

// Verdict is the worst verdict of all letters.
func (r SMARTReport) Verdict() Verdict {
	worst := VerdictPass
	for _, l := range r.Letters {
		worst = max(worst, l.Verdict)
	}
	return worst
}

// Letter is the result for letter s ("S", "M", "A", "R" or "T"); for
// another s it is a pass with no findings.
func (r SMARTReport) Letter(s string) LetterResult {
	for _, l := range r.Letters {
		if l.Letter == s {
			return l
		}
	}
	return LetterResult{Letter: s}
}

// SMARTInput is everything the SMART check looks at.
type SMARTInput struct {
	// Goal is the goal as the wizard holds it; Goal.Baseline nil means the
	// baseline is unknown.
	Goal Goal
	// Plan is the goal's split by period, with any floors.
	Plan []PeriodTarget
	// History is the goal's actuals before its start (AnalyzeHistory).
	History  []PeriodValue
	Calendar Calendar
	// Today is the day of the check; the zero Date skips the rule that the
	// goal has not already ended.
	Today Date
	// HasParent is true when the goal is linked to a parent goal, also one
	// not saved yet (Goal.ParentID is nil then).
	HasParent bool
	// Actuals are the goal's check-in values, or nil. A flow plan re-spread
	// after a review does not add up to the target by itself: with the
	// actuals it is seen to (ReplannedAfter), and passes.
	Actuals []PeriodValue
	// NoTarget is true when the target was left empty where it is typed:
	// M fails with MsgMTargetMissing and A judges no growth, whatever
	// Goal.Target holds (a new goal's 0, which a decrease goal below its
	// baseline would pass with, or the target typed before it was cleared).
	NoTarget bool
}

// CheckSMART checks a goal against the SMART criteria. The rules, with the
// A thresholds, are documented on checkSpecific, checkMeasurable,
// checkAchievable, checkRelevant and checkTimeBound.
func CheckSMART(in SMARTInput) SMARTReport {
	h := AnalyzeHistory(in.Calendar, in.Goal, in.History)
	timeBound := checkTimeBound(in)
	return SMARTReport{Letters: []LetterResult{
		letter("S", checkSpecific(in.Goal)),
		letter("M", checkMeasurable(in.Goal, in.NoTarget)),
		letter("A", append(checkAchievable(in.Goal, in.Plan, h, in.NoTarget), checkStayHistory(in)...)),
		letter("R", checkRelevant(in)),
		letter("T", timeBound),
	}, WantsActuals: in.Actuals == nil && timeBound.has(msgTNotAddingUp)}
}

// has reports whether one of fs has message msg.
func (fs findings) has(msg string) bool {
	for _, f := range fs {
		if f.Message == msg {
			return true
		}
	}
	return false
}

func letter(s string, fs findings) LetterResult {
	l := LetterResult{Letter: s, Findings: fs}
	for _, f := range fs {
		l.Verdict = max(l.Verdict, f.Verdict)
	}
	return l
}

// findings collects the findings of one letter.
type findings []Finding

// add appends a finding; kv are the Args as name, value pairs.
func (fs *findings) add(v Verdict, msg, fix string, kv ...any) {
	f := Finding{Verdict: v, Message: msg, Fix: fix}
	if len(kv) > 0 {
		f.Args = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			f.Args[kv[i].(string)] = kv[i+1]
		}
	}
	*fs = append(*fs, f)
}

// Title length limits, in display columns (a Chinese character is two):
// below titleShort a title cannot hold a measure and a scope; above
// titleLong it no longer fits a list row.
const (
	titleShort = 8
	titleLong  = 100
)

// checkSpecific is S. It fails an empty title, and a vague one: nothing
// but generic verbs, bare measures and filler ("Raise sales", "do better",
// "提高销售额", "提升业绩"). It warns when a title names no number, period
// or scope (a region, product, channel, customer segment or qualifier such
// as "new" or "gross"), when it names no measure (except for milestones),
// when it is shorter than 8 or longer than 100 columns, and when the goal
// has no owner.
func checkSpecific(g Goal) findings {
	var fs findings
	title := strings.TrimSpace(g.Title)
	t := analyzeTitle(title)
	switch {
	case title == "":
		fs.add(VerdictFail, MsgSTitleMissing, msgSFixTitle)
	case t.vague:
		fs.add(VerdictFail, MsgSVague, msgSFixTitle, "Title", title)
	default:
		if !t.hasNumber && !t.hasTime && !t.hasScope {
			fs.add(VerdictWarn, msgSUnspecific, msgSFixTitle)
		}
		if !t.hasMeasure && g.Kind != KindMilestone {
			fs.add(VerdictWarn, msgSNoMeasure, msgSFixMeasure)
		}
		if t.width < titleShort {
			fs.add(VerdictWarn, msgSShort, msgSFixTitle)
		}
		if t.width > titleLong {
			fs.add(VerdictWarn, MsgSLong, msgSFixLong, "Length", strconv.Itoa(t.runes))
		}
	}
	if strings.TrimSpace(g.Owner) == "" {
		fs.add(VerdictWarn, msgSNoOwner, msgSFixOwner)
	}
	return fs
}

// checkMeasurable is M. It fails a missing kind, unit, custom-unit name or
// aggregation; a percent goal (not a milestone) whose values add up over
// periods; a target that is not finite; a milestone whose target is not
// 1; an increase goal with no baseline and a target ≤ 0 (nothing was
// entered); an increase target not above the baseline and a decrease
// target not below it. It warns when an increase or decrease goal has no
// baseline, and when a percent goal's target or baseline lies outside
// 0–100. A baseline that is not finite counts as unknown, as A takes it.
func checkMeasurable(g Goal, noTarget bool) findings {
	fs := measurableFields(g)
	switch {
	case noTarget && g.Kind != KindMilestone:
		fs.add(VerdictFail, MsgMTargetMissing, msgMFixTarget)
	case !IsFinite(g.Target):
		fs.add(VerdictFail, MsgMTargetNotFinite, msgMFixTarget)
	case g.Kind == KindMilestone:
		if g.Target != 1 {
			fs.add(VerdictFail, MsgMMilestoneTarget, msgMFixMilestone, "Target", strconv.FormatFloat(g.Target, 'f', -1, 64))
		}
	default:
		fs.values(g)
	}
	return fs
}

// measurableFields checks the settings that say what the number means.
func measurableFields(g Goal) findings {
	var fs findings
	if !oneOf(g.Kind, KindIncrease, KindDecrease, KindStayAbove, KindStayBelow, KindMilestone) {
		fs.add(VerdictFail, msgMKindMissing, msgMFixKind)
	}
	switch {
	case !oneOf(g.Unit, UnitCurrency, UnitCount, UnitPercent, UnitCustom):
		fs.add(VerdictFail, msgMUnitMissing, msgMFixUnit)
	case g.Unit == UnitCustom && strings.TrimSpace(g.UnitLabel) == "":
		fs.add(VerdictFail, msgMCustomLabel, msgMFixCustomLabel)
	}
	switch {
	case !oneOf(g.Aggregation, AggFlow, AggLevel):
		fs.add(VerdictFail, msgMAggMissing, msgMFixAgg)
	case g.Unit == UnitPercent && g.Aggregation == AggFlow && g.Kind != KindMilestone:
		// A margin of 30 % a month summed is 360 % a year: the plan would
		// split the target into 2.5 % months and A would measure it
		// against that sum.
		fs.add(VerdictFail, MsgMPercentFlow, msgMFixPercentFlow)
	}
	return fs
}

// values checks a finite target against the baseline and the percent
// range.
func (fs *findings) values(g Goal) {
	if g.Baseline != nil && !IsFinite(*g.Baseline) {
		g.Baseline = nil
	}
	directed := g.Kind == KindIncrease || g.Kind == KindDecrease
	switch b := g.Baseline; {
	case b == nil && g.Kind == KindIncrease && !targetEntered(g):
		fs.add(VerdictFail, MsgMTargetMissing, msgMFixTarget)
	case b == nil && directed:
		fs.add(VerdictWarn, MsgMNoBaseline, msgMFixBaseline)
	case b == nil:
	case g.Kind == KindIncrease && g.Target <= *b:
		fs.add(VerdictFail, MsgMNotAbove, msgMFixNotAbove, "Target", fmtValue(g, g.Target), "Baseline", fmtValue(g, *b))
	case g.Kind == KindDecrease && g.Target >= *b:
		fs.add(VerdictFail, MsgMNotBelow, msgMFixNotBelow, "Target", fmtValue(g, g.Target), "Baseline", fmtValue(g, *b))
	}
	fs.percentRange(g)
}

// targetEntered reports whether an increase goal without a baseline has
// a target: one above zero, or a flow target below it, a sum kept above
// it as a year's loss held to 1.2 million, measured from zero. Zero, or a
// level below zero, reads as not entered.
func targetEntered(g Goal) bool {
	return g.Target > 0 || g.Target < 0 && g.Aggregation == AggFlow
}

// percentRange warns about a percent goal's target or baseline outside
// 0–100.
func (fs *findings) percentRange(g Goal) {
	if g.Unit != UnitPercent {
		return
	}
	for _, v := range []*float64{&g.Target, g.Baseline} {
		if v != nil && (*v < 0 || *v > 100) {
			fs.add(VerdictWarn, MsgMPercentRange, msgMFixPercentRange, "Value", fmtValue(g, *v))
		}
	}
}

// checkRelevant is R: it fails a goal without a valid perspective and
// warns when it has neither a rationale nor a parent goal.
func checkRelevant(in SMARTInput) findings {
	var fs findings
	g := in.Goal
	if !oneOf(g.Perspective, PerspectiveFinancial, PerspectiveCustomer, PerspectiveProcess, PerspectiveLearning) {
		fs.add(VerdictFail, MsgRNoPerspective, msgRFixPerspective)
	}
	if strings.TrimSpace(g.Rationale) == "" && !in.HasParent && g.ParentID == nil {
		fs.add(VerdictWarn, msgRNoReason, msgRFixReason)
	}
	return fs
}

func oneOf[T comparable](v T, allowed ...T) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}

// fmtValue formats a value of g for a message.
func fmtValue(g Goal, v float64) string {
	return FormatValue(v, g.Decimals, g.Unit, g.UnitLabel)
}

// fmtSigned formats a difference of g's values with its sign.
func fmtSigned(g Goal, v float64) string {
	s := fmtValue(g, v)
	if RoundValue(v, g.Decimals) > 0 {
		s = "+" + s
	}
	return s
}
