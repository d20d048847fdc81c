package app

import (
	"errors"
	"math"
	"strings"
	"testing"

	"pacer/data"
)

// The domain's side of the bad-input catalogue (the store's is
// data/badinput_test.go): zero, negative and lower-is-better targets,
// empty or non-finite data, and text the parsers must refuse. Every case
// ends in a clear verdict or message, never a panic, NaN or infinity.

// TestBadInputSMART checks that CheckSMART judges odd targets and titles
// with a clear finding whose message shows no NaN or infinity.
func TestBadInputSMART(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct {
		name    string
		edit    func(in *SMARTInput)
		letter  string
		verdict Verdict
		msg     string // a finding the letter must have, "" for none
	}{
		{"ZeroTargetNoBaseline", func(in *SMARTInput) { in.Goal.Target, in.Goal.Baseline = 0, nil }, "M", VerdictFail, msgMTargetMissing},
		{"ZeroTargetZeroBaseline", func(in *SMARTInput) { in.Goal.Target, in.Goal.Baseline = 0, ptr(0) }, "M", VerdictFail, msgMNotAbove},
		{"NegativeTargetBelowBaseline", func(in *SMARTInput) { in.Goal.Target = -1 }, "M", VerdictFail, msgMNotAbove},
		{"NegativeTargetLossReduced", func(in *SMARTInput) { in.Goal.Target, in.Goal.Baseline = -500, ptr(-800) }, "M", VerdictPass, ""},
		// Without a baseline, an increase target of zero or less reads as not entered.
		{"NegativeTargetNoBaseline", func(in *SMARTInput) { in.Goal.Target, in.Goal.Baseline = -5, nil }, "M", VerdictFail, msgMTargetMissing},
		{"NegativeTargetZeroHistory", func(in *SMARTInput) {
			in.Goal.Target, in.Goal.Baseline, in.History = 5, ptr(-5), monthly(2022, 0, 0, 0, 0)
			in.Plan = SplitEven(Calendar{}, in.Goal, data.CadenceQuarter)
		}, "A", VerdictWarn, msgAUnrealisticNoHist},
		{"LowerIsBetterBelowBaseline", func(in *SMARTInput) { in.Goal.Kind, in.Goal.Target = data.KindDecrease, 4e7 }, "M", VerdictPass, ""},
		{"LowerIsBetterAboveBaseline", func(in *SMARTInput) { in.Goal.Kind = data.KindDecrease }, "M", VerdictFail, msgMNotBelow},
		{"LowerIsBetterZeroTarget", func(in *SMARTInput) { in.Goal.Kind, in.Goal.Target = data.KindDecrease, 0 }, "M", VerdictPass, ""},
		{"LowerIsBetterNoBaselineNoHistory", func(in *SMARTInput) {
			in.Goal.Kind, in.Goal.Target, in.Goal.Baseline, in.History = data.KindDecrease, 0, nil, nil
			in.Plan = SplitEven(Calendar{}, in.Goal, data.CadenceQuarter)
		}, "A", VerdictWarn, msgANoHistory},
		{"ZeroTargetPercent", func(in *SMARTInput) {
			in.Goal.Unit, in.Goal.Target, in.Goal.Baseline = data.UnitPercent, 0, ptr(-3)
		}, "M", VerdictWarn, msgMPercentRange},
		{"ZeroTargetZeroPlan", func(in *SMARTInput) {
			in.Goal.Target, in.Goal.Baseline = 0, nil
			in.Plan = SplitEven(Calendar{}, in.Goal, data.CadenceQuarter)
		}, "T", VerdictPass, ""},
		{"ZeroBaselineZeroHistory", func(in *SMARTInput) {
			in.Goal.Baseline, in.History = ptr(0), monthly(2021, 0, 0, 0, 0)
		}, "A", VerdictPass, ""},
		{"StayBelowZeroTarget", func(in *SMARTInput) { in.Goal.Kind, in.Goal.Target = data.KindStayBelow, 0 }, "M", VerdictPass, ""},
		{"MilestoneZeroTarget", func(in *SMARTInput) { in.Goal.Kind, in.Goal.Target = data.KindMilestone, 0 }, "M", VerdictFail, msgMMilestoneTarget},
		{"NaNTarget", func(in *SMARTInput) { in.Goal.Target = nan }, "M", VerdictFail, msgMTargetNotFinite},
		{"InfTarget", func(in *SMARTInput) { in.Goal.Target = -inf }, "M", VerdictFail, msgMTargetNotFinite},
		// A baseline that is not a number is unknown, not a pass (nor "the baseline —").
		{"NaNBaseline", func(in *SMARTInput) { in.Goal.Baseline = ptr(nan) }, "M", VerdictWarn, msgMNoBaseline},
		{"InfBaseline", func(in *SMARTInput) { in.Goal.Baseline = ptr(inf) }, "M", VerdictWarn, msgMNoBaseline},
		{"InfBaselinePercent", func(in *SMARTInput) {
			in.Goal.Unit, in.Goal.Baseline, in.Goal.Target = data.UnitPercent, ptr(-inf), 12
		}, "M", VerdictWarn, msgMNoBaseline},
		{"HugeTarget", func(in *SMARTInput) { in.Goal.Target = math.MaxFloat64 }, "A", VerdictWarn, msgAUnrealistic},
		{"HugeNegativeBaseline", func(in *SMARTInput) { in.Goal.Baseline = ptr(-math.MaxFloat64) }, "M", VerdictPass, ""},
		{"EmojiTitle", func(in *SMARTInput) { in.Goal.Title = "🚀🚀🚀" }, "S", VerdictFail, msgSVague},
		{"ChineseVagueTitle", func(in *SMARTInput) { in.Goal.Title = "提升业绩" }, "S", VerdictFail, msgSVague},
		{"LongCJKTitle", func(in *SMARTInput) { in.Goal.Title = strings.Repeat("华东区销售额提升20%", 10_000) }, "S", VerdictWarn, msgSLong},
		{"SQLTitle", func(in *SMARTInput) { in.Goal.Title = "'); DROP TABLE goals;-- sales 2023" }, "S", VerdictPass, ""},
		{"BlankTitle", func(in *SMARTInput) { in.Goal.Title = "\u3000\t" }, "S", VerdictFail, msgSTitleMissing},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := acceptance(t, "In 2023 raise North-America sales by 20%, every quarter at least +5%")
			tc.edit(&in)
			r := CheckSMART(in)
			if len(r.Letters) != 5 {
				t.Fatalf("%d letters", len(r.Letters))
			}
			for _, l := range r.Letters {
				messages(t, l)
				for _, fd := range l.Findings {
					checkFindingArgs(t, fd)
				}
			}
			l := r.Letter(tc.letter)
			msgs := messages(t, l)
			if l.Verdict != tc.verdict || (tc.msg != "" && !containsString(msgs, tc.msg)) {
				t.Errorf("%s: %v %q; want %v with %q", tc.letter, l.Verdict, msgs, tc.verdict, tc.msg)
			}
		})
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestBadInputFigures checks that progress, status, projection, expected
// value and variance stay finite for zero, negative and lower-is-better
// targets, with no data, zero data or non-finite data.
func TestBadInputFigures(t *testing.T) {
	goal := func(kind data.Kind, agg data.Aggregation, baseline *float64, target float64) data.Goal {
		return data.Goal{Title: "x", Kind: kind, Unit: data.UnitCount, Aggregation: agg, Baseline: baseline, Target: target,
			Start: data.NewDate(2023, 1, 1), End: data.NewDate(2023, 12, 31), Cadence: data.CadenceMonth, PlanBy: data.CadenceQuarter}
	}
	goals := []struct {
		name string
		g    data.Goal
	}{
		{"IncreaseFlowZeroTarget", goal(data.KindIncrease, data.AggFlow, nil, 0)},
		{"IncreaseLevelZeroTargetZeroBaseline", goal(data.KindIncrease, data.AggLevel, ptr(0), 0)},
		{"IncreaseLevelNegativeTarget", goal(data.KindIncrease, data.AggLevel, ptr(-100), -20)},
		{"IncreaseLevelNegativeTargetNoBaseline", goal(data.KindIncrease, data.AggLevel, nil, -20)},
		{"LowerIsBetterLevelZeroTarget", goal(data.KindDecrease, data.AggLevel, ptr(5), 0)},
		{"LowerIsBetterFlowZeroTargetNoBaseline", goal(data.KindDecrease, data.AggFlow, nil, 0)},
		{"LowerIsBetterZeroTargetZeroBaseline", goal(data.KindDecrease, data.AggLevel, ptr(0), 0)},
		{"StayAboveZero", goal(data.KindStayAbove, data.AggLevel, nil, 0)},
		{"StayBelowNegative", goal(data.KindStayBelow, data.AggLevel, nil, -1)},
		{"MilestoneZero", goal(data.KindMilestone, data.AggLevel, nil, 0)},
		{"NoCadence", func() data.Goal { g := goal(data.KindIncrease, data.AggFlow, nil, 0); g.Cadence = ""; return g }()},
	}
	sets := []struct {
		name   string
		values []PeriodValue
	}{
		{"NoData", nil},
		{"ZeroData", vals("2023-01", 0, "2023-02", 0)},
		{"NegativeData", vals("2023-01", -5, "2023-02", -1e308, "2023-03", -1e308)},
		{"HugeData", vals("2023-01", math.MaxFloat64, "2023-02", math.MaxFloat64)},
		{"NonFiniteData", vals("2023-01", math.NaN(), "2023-02", math.Inf(1), "2023-03", math.Inf(-1))},
		{"BadKeys", vals("", 1, "2023-13", 2, "'; DROP TABLE checkins;--", 3, "2023年1月", 4)},
	}
	asOf := day(t, "2023-06-15")
	for _, gc := range goals {
		for _, dc := range sets {
			t.Run(gc.name+"/"+dc.name, func(t *testing.T) {
				g := gc.g
				plan := SplitEven(Calendar{}, g, g.PlanBy)
				a := Assess(Calendar{}, g, plan, dc.values, asOf, DefaultThresholds)
				p := Project(Calendar{}, g, plan, dc.values, asOf)
				gp, _ := GoalProgressFrom(g, dc.values)
				e := Expected(Calendar{}, g, plan, asOf)
				v := Variance(g.Unit, e, a.Actual)
				zero := Variance(g.Unit, 0, 0)
				figures := []float64{a.Actual, a.Expected, a.Ratio, a.Progress, p.EndValue, p.Attainment, p.Pace,
					gp, e, v.Abs, v.Rel, v.PP, zero.Rel, GoalProgress(g, 0), GoalProgress(g, a.Actual),
					PerformanceRatio(g.Kind, g.Baseline, 0, 0), PerformanceRatio(g.Kind, g.Baseline, e, a.Actual)}
				for _, n := range p.Needs {
					figures = append(figures, n.Amount)
				}
				for i, f := range figures {
					if !isFinite(f) {
						t.Errorf("figure %d is %v (assessment %+v, projection %+v)", i, f, a, p)
					}
				}
				if zero.RelOK {
					t.Error("a variance from zero has a relative value")
				}
				if len(series(dc.values, g.Cadence)) == 0 && (a.Status != StatusNoData || p.OK) {
					t.Errorf("no usable data: status %s, projection %+v", a.Status, p)
				}
				if !containsString([]string{string(StatusOnTrack), string(StatusAtRisk), string(StatusOffTrack), string(StatusNoData),
					string(StatusAchieved), string(StatusPartial), string(StatusMissed)}, string(a.Status)) {
					t.Errorf("status %q", a.Status)
				}
			})
		}
	}
}

// TestBadInputParsers checks that the number, target and date parsers
// refuse what is not a finite number or a real day, with their message.
func TestBadInputParsers(t *testing.T) {
	cases := []struct {
		name, in string
		parse    func(s string) error
		msg      string
		sentinel error
	}{
		{"NumberNaN", "NaN", parseNumberErr, msgNumber, ErrNumber},
		{"NumberNaNLower", "nan", parseNumberErr, msgNumber, ErrNumber},
		{"NumberInf", "Inf", parseNumberErr, msgNumber, ErrNumber},
		{"NumberPlusInf", "+Inf", parseNumberErr, msgNumber, ErrNumber},
		{"NumberMinusInfinity", "-Infinity", parseNumberErr, msgNumber, ErrNumber},
		{"NumberInfinitySign", "∞", parseNumberErr, msgNumber, ErrNumber},
		{"Number1e400", "1e400", parseNumberErr, msgNumber, ErrNumber},
		{"Number1e309", "1e309", parseNumberErr, msgNumber, ErrNumber},
		{"Number400Digits", strings.Repeat("9", 400), parseNumberErr, msgNumber, ErrNumber},
		{"NumberOverflowByMagnitude", strings.Repeat("9", 300) + "万亿", parseNumberErr, msgNumber, ErrNumber},
		{"NumberExcelError", "#DIV/0!", parseNumberErr, msgNumber, ErrNumber},
		{"NumberSQL", "1; DROP TABLE goals;--", parseNumberErr, msgNumber, ErrNumber},
		{"NumberNUL", "12\x003", parseNumberErr, msgNumber, ErrNumber},
		{"TargetNaN", "+NaN%", parseTargetErr, msgTarget, ErrNumber},
		{"TargetInf", "+Inf", parseTargetErr, msgTarget, ErrNumber},
		{"TargetOverflow", "+" + strings.Repeat("9", 309), parseTargetErr, msgTarget, ErrNumber},
		{"DateFeb30", "2023-02-30", parseDateErr, msgImportBadDate, ErrDate},
		{"DateFeb29NotLeap", "2023-02-29", parseDateErr, msgImportBadDate, ErrDate},
		{"DateFeb29Century", "1900-02-29", parseDateErr, msgImportBadDate, ErrDate},
		{"DateApr31Slashes", "31/04/2023", parseDateErr, msgImportBadDate, ErrDate},
		{"DateChineseFeb30", "2023年2月30日", parseDateErr, msgImportBadDate, ErrDate},
		{"DateMonth13", "2023-13-01", parseDateErr, msgImportBadDate, ErrDate},
		{"DateYear0", "0000-01-01", parseDateErr, msgImportBadDate, ErrDate},
		{"DateZeroDay", "0001-01-01", parseDateErr, msgImportBadDate, ErrDate}, // the zero data.Date, "not set"
		{"DateZeroDaySpaces", "0001 1 1", parseDateErr, msgImportBadDate, ErrDate},
		{"DateYear10000", "10000-01-01", parseDateErr, msgImportBadDate, ErrDate},
		{"DateQuarter5", "2023-Q5", parseDateErr, msgImportBadDate, ErrDate},
		{"DateSerialTooSmall", "00060", parseDateErr, msgImportBadDate, ErrDate},
		{"DateEmoji", "2023-01-31🚀", parseDateErr, msgImportBadDate, ErrDate},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.parse(tc.in)
			var e *data.Error
			if !errors.As(err, &e) || e.Code != data.EInvalid || e.Message != tc.msg || !errors.Is(err, tc.sentinel) {
				t.Fatalf("%q: error %v; want %q", tc.in, err, tc.msg)
			}
			if !containsString(Messages, e.Message) && !containsString(ImportMessages, e.Message) {
				t.Errorf("message %q is not listed for translation", e.Message)
			}
		})
	}
	if _, _, err := ParseDate("2024-02-29", DayFirst); err != nil {
		t.Errorf("29 February of a leap year: %v", err)
	}
}

func parseNumberErr(s string) error { _, err := ParseNumber(s, NumberFormat{}); return err }
func parseTargetErr(s string) error { _, err := ParseTargetChange(s, NumberFormat{}); return err }
func parseDateErr(s string) error   { _, _, err := ParseDate(s, DayFirst); return err }
