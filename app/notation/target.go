package notation

import (
	"errors"
	"math"
	"strings"

	"pacer/app"
)

// ErrTarget is wrapped by the errors TargetInput.Resolve returns when the
// input cannot be turned into a target for the goal.
var ErrTarget = errors.New("target cannot be resolved")

// TargetMode says how the text typed in the target field is meant.
type TargetMode int

// The target modes.
const (
	// TargetAbsolute is the target value itself: "60,000,000", "15%".
	TargetAbsolute TargetMode = iota
	// TargetChangePercent is a relative change of the baseline: "+20%".
	TargetChangePercent
	// TargetChangePP is a change in percentage points: "+2 pp".
	TargetChangePP
	// TargetChangeAbs is an amount added to the baseline: "+1,000". Only
	// a plus sign makes an amount a change: "-1,000" is a target of -1,000.
	TargetChangeAbs
)

// TargetInput is the target field read by ParseTargetChange.
type TargetInput struct {
	Mode TargetMode
	// Number is the value as typed: 20 for "+20%", -10 for "-10%", 2 for
	// "+2 pp", 1000 for "+1,000", 15 for "15%", -1200 for "-1,200".
	Number float64
	// Percent is true when an absolute target was typed with "%" ("15%"):
	// a percent goal's value, or a change typed without its sign.
	Percent bool
}

// pointSuffixes mark a change in percentage points; longest first.
var pointSuffixes = []string{"个百分点", "百分点", "p.p.", "ppt", "pp"}

// ParseTargetChange reads the target field: a signed per cent or points is
// a change from the baseline ("+20%" and "-10%" relative, "+2 pp", "+2pp"
// and "+2 个百分点" in percentage points), and so is an amount after a plus
// sign ("+1,000", "+800万"); any other number is the target itself
// ("60,000,000", "15%", and a loss to hold to, "-1,200,000", "−1,200,000"
// or "(1,200,000)"). A minus amount is never a change, so that a loss typed
// as a target stays the target whatever the baseline. Points are a change
// even without a sign ("2 pp" is +2 pp). The sign may follow a currency
// symbol ("¥+1,000"). Numbers are read by ParseNumber; errors wrap
// ErrNumber with a message that shows both forms.
func ParseTargetChange(s string, f NumberFormat) (TargetInput, error) {
	s = app.NormalizeNumber(s)
	for _, suf := range pointSuffixes {
		if len(s) > len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf) {
			rest := strings.TrimSpace(s[:len(s)-len(suf)])
			v, ok := ReadNumber(rest, f)
			if !ok || strings.HasSuffix(rest, "%") {
				return TargetInput{}, numberError(MsgTarget, f)
			}
			return TargetInput{Mode: TargetChangePP, Number: v}, nil
		}
	}
	v, ok := ReadNumber(s, f)
	if !ok {
		return TargetInput{}, numberError(MsgTarget, f)
	}
	percent := strings.HasSuffix(s, "%")
	afterCurrency, _ := cutCurrency(s, true)
	switch {
	case !signed(s) && !signed(afterCurrency):
		return TargetInput{Mode: TargetAbsolute, Number: v, Percent: percent}, nil
	case percent:
		return TargetInput{Mode: TargetChangePercent, Number: v}, nil
	case minus(s) || minus(afterCurrency):
		return TargetInput{Mode: TargetAbsolute, Number: v}, nil
	}
	return TargetInput{Mode: TargetChangeAbs, Number: v}, nil
}

// signed reports whether s starts with a sign.
func signed(s string) bool {
	return s != "" && (s[0] == '+' || s[0] == '-')
}

// minus reports whether s starts with a minus sign.
func minus(s string) bool { return strings.HasPrefix(s, "-") }

// Resolve is the target value the input means for a goal with baseline and
// unit:
//   - absolute: the number; "15%" is refused for a goal not measured in
//     percent, where it most likely means +15 % without its sign;
//   - relative change: baseline + |baseline| × Number/100, so that +20 % of
//     a loss of -100 is -80; a zero baseline is refused;
//   - points: baseline + Number, for percent goals only;
//   - absolute change: baseline + Number.
//
// Changes need a baseline. The result is not rounded: round it to the
// goal's decimals with RoundValue before saving, then DescribeTarget shows
// the change that results. Errors are *data.Error (data.EInvalid) wrapping
// ErrTarget.
func (in TargetInput) Resolve(baseline *float64, unit app.Unit) (float64, error) {
	if in.Mode == TargetAbsolute {
		if in.Percent && unit != app.UnitPercent {
			return 0, targetError(MsgPercentNeedsSign)
		}
		return in.Number, nil
	}
	if baseline == nil || !app.IsFinite(*baseline) {
		return 0, targetError(MsgChangeNeedsBase)
	}
	b := *baseline
	var t float64
	switch in.Mode {
	case TargetChangePercent:
		if b == 0 {
			return 0, targetError(MsgChangeFromZero)
		}
		t = b + math.Abs(b)*in.Number/100
	case TargetChangePP:
		if unit != app.UnitPercent {
			return 0, targetError(MsgPointsNeedPercent)
		}
		t = b + in.Number
	default:
		t = b + in.Number
	}
	if !app.IsFinite(t) {
		return 0, targetError(MsgTargetOutOfRange)
	}
	return t, nil
}

func targetError(msg string) error {
	return &app.Error{Code: app.EInvalid, Message: msg, Err: ErrTarget}
}

// TargetChange is a target described against the baseline, so that the
// wizard can show the forms the user did not type.
type TargetChange struct {
	// Pct is the relative change in percent (20 means +20 %), measured on
	// |baseline|; PctOK is false without a baseline or when it is 0.
	Pct   float64
	PctOK bool
	// PP is the change in percentage points; PPOK is true only for percent
	// goals with a baseline.
	PP   float64
	PPOK bool
	// Abs is target − baseline; AbsOK is false without a baseline.
	Abs   float64
	AbsOK bool
}

// DescribeTarget is the change from baseline to target in every form that
// applies to unit. Non-finite inputs give a zero TargetChange.
func DescribeTarget(baseline *float64, target float64, unit app.Unit) TargetChange {
	if baseline == nil || !app.IsFinite(*baseline) || !app.IsFinite(target) {
		return TargetChange{}
	}
	b := *baseline
	c := TargetChange{Abs: app.ClampFinite(target - b), AbsOK: true}
	if b != 0 {
		c.Pct, c.PctOK = app.ClampFinite(c.Abs/math.Abs(b)*100), true
	}
	if unit == app.UnitPercent {
		c.PP, c.PPOK = c.Abs, true
	}
	return c
}
