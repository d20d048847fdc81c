package app_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/importer"
	"pacer/app/internal/testkit"
	"pacer/app/notation"
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
		edit    func(in *app.SMARTInput)
		letter  string
		verdict app.Verdict
		msg     string // a finding the letter must have, "" for none
	}{
		{"ZeroTargetNoBaseline", func(in *app.SMARTInput) { in.Goal.Target, in.Goal.Baseline = 0, nil }, "M", app.VerdictFail, app.MsgMTargetMissing},
		{"ZeroTargetZeroBaseline", func(in *app.SMARTInput) { in.Goal.Target, in.Goal.Baseline = 0, testkit.Ptr(0) }, "M", app.VerdictFail, app.MsgMNotAbove},
		{"NegativeTargetBelowBaseline", func(in *app.SMARTInput) { in.Goal.Target = -1 }, "M", app.VerdictFail, app.MsgMNotAbove},
		{"NegativeTargetLossReduced", func(in *app.SMARTInput) { in.Goal.Target, in.Goal.Baseline = -500, testkit.Ptr(-800) }, "M", app.VerdictPass, ""},
		// Without a baseline, an increase target of zero reads as not entered,
		// and so does a level one below zero; a flow target below zero, as a
		// year's loss held to 1.2 million, is a sum measured from zero.
		{"NegativeTargetNoBaseline", func(in *app.SMARTInput) {
			in.Goal.Target, in.Goal.Baseline, in.Goal.Aggregation = -5, nil, app.AggLevel
		}, "M", app.VerdictFail, app.MsgMTargetMissing},
		{"NegativeFlowTargetNoBaseline", func(in *app.SMARTInput) {
			in.Goal.Target, in.Goal.Baseline, in.Goal.Aggregation = -1_200_000, nil, app.AggFlow
		}, "M", app.VerdictWarn, app.MsgMNoBaseline},
		{"NegativeTargetZeroHistory", func(in *app.SMARTInput) {
			in.Goal.Target, in.Goal.Baseline, in.History = 5, testkit.Ptr(-5), app.Monthly(2022, 0, 0, 0, 0)
			in.Plan = app.SplitEven(app.Calendar{}, in.Goal, app.CadenceQuarter)
		}, "A", app.VerdictWarn, app.MsgAGrowthUndefined}, // from -5, a growth in percent means nothing
		{"LowerIsBetterBelowBaseline", func(in *app.SMARTInput) { in.Goal.Kind, in.Goal.Target = app.KindDecrease, 4e7 }, "M", app.VerdictPass, ""},
		{"LowerIsBetterAboveBaseline", func(in *app.SMARTInput) { in.Goal.Kind = app.KindDecrease }, "M", app.VerdictFail, app.MsgMNotBelow},
		{"LowerIsBetterZeroTarget", func(in *app.SMARTInput) { in.Goal.Kind, in.Goal.Target = app.KindDecrease, 0 }, "M", app.VerdictPass, ""},
		{"LowerIsBetterNoBaselineNoHistory", func(in *app.SMARTInput) {
			in.Goal.Kind, in.Goal.Target, in.Goal.Baseline, in.History = app.KindDecrease, 0, nil, nil
			in.Plan = app.SplitEven(app.Calendar{}, in.Goal, app.CadenceQuarter)
		}, "A", app.VerdictWarn, app.MsgANoHistory},
		{"ZeroTargetPercent", func(in *app.SMARTInput) {
			in.Goal.Unit, in.Goal.Aggregation, in.Goal.Target, in.Goal.Baseline = app.UnitPercent, app.AggLevel, 0, testkit.Ptr(-3)
		}, "M", app.VerdictWarn, app.MsgMPercentRange},
		{"ZeroTargetZeroPlan", func(in *app.SMARTInput) {
			in.Goal.Target, in.Goal.Baseline = 0, nil
			in.Plan = app.SplitEven(app.Calendar{}, in.Goal, app.CadenceQuarter)
		}, "T", app.VerdictPass, ""},
		{"ZeroBaselineZeroHistory", func(in *app.SMARTInput) {
			in.Goal.Baseline, in.History = testkit.Ptr(0), app.Monthly(2021, 0, 0, 0, 0)
		}, "A", app.VerdictWarn, app.MsgAGrowthUndefined}, // said, not passed in silence
		{"StayBelowZeroTarget", func(in *app.SMARTInput) { in.Goal.Kind, in.Goal.Target = app.KindStayBelow, 0 }, "M", app.VerdictPass, ""},
		{"MilestoneZeroTarget", func(in *app.SMARTInput) { in.Goal.Kind, in.Goal.Target = app.KindMilestone, 0 }, "M", app.VerdictFail, app.MsgMMilestoneTarget},
		{"NaNTarget", func(in *app.SMARTInput) { in.Goal.Target = nan }, "M", app.VerdictFail, app.MsgMTargetNotFinite},
		{"InfTarget", func(in *app.SMARTInput) { in.Goal.Target = -inf }, "M", app.VerdictFail, app.MsgMTargetNotFinite},
		// A baseline that is not a number is unknown, not a pass (nor "the baseline —").
		{"NaNBaseline", func(in *app.SMARTInput) { in.Goal.Baseline = testkit.Ptr(nan) }, "M", app.VerdictWarn, app.MsgMNoBaseline},
		{"InfBaseline", func(in *app.SMARTInput) { in.Goal.Baseline = testkit.Ptr(inf) }, "M", app.VerdictWarn, app.MsgMNoBaseline},
		{"InfBaselinePercent", func(in *app.SMARTInput) {
			in.Goal.Unit, in.Goal.Aggregation, in.Goal.Baseline, in.Goal.Target = app.UnitPercent, app.AggLevel, testkit.Ptr(-inf), 12
		}, "M", app.VerdictWarn, app.MsgMNoBaseline},
		{"HugeTarget", func(in *app.SMARTInput) { in.Goal.Target = math.MaxFloat64 }, "A", app.VerdictWarn, app.MsgAUnrealistic},
		{"HugeNegativeBaseline", func(in *app.SMARTInput) { in.Goal.Baseline = testkit.Ptr(-math.MaxFloat64) }, "M", app.VerdictPass, ""},
		{"EmojiTitle", func(in *app.SMARTInput) { in.Goal.Title = "🚀🚀🚀" }, "S", app.VerdictFail, app.MsgSVague},
		{"ChineseVagueTitle", func(in *app.SMARTInput) { in.Goal.Title = "提升业绩" }, "S", app.VerdictFail, app.MsgSVague},
		{"LongCJKTitle", func(in *app.SMARTInput) { in.Goal.Title = strings.Repeat("华东区销售额提升20%", 10_000) }, "S", app.VerdictWarn, app.MsgSLong},
		{"SQLTitle", func(in *app.SMARTInput) { in.Goal.Title = "'); DROP TABLE goals;-- sales 2023" }, "S", app.VerdictPass, ""},
		{"BlankTitle", func(in *app.SMARTInput) { in.Goal.Title = "\u3000\t" }, "S", app.VerdictFail, app.MsgSTitleMissing},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := app.Acceptance(t, "In 2023 raise North-America sales by 20%, every quarter at least +5%")
			tc.edit(&in)
			r := app.CheckSMART(in)
			if len(r.Letters) != 5 {
				t.Fatalf("%d letters", len(r.Letters))
			}
			for _, l := range r.Letters {
				app.FindingMessages(t, l)
				for _, fd := range l.Findings {
					app.CheckFindingArgs(t, fd)
				}
			}
			l := r.Letter(tc.letter)
			msgs := app.FindingMessages(t, l)
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
	goal := func(kind app.Kind, agg app.Aggregation, baseline *float64, target float64) app.Goal {
		return app.Goal{Title: "x", Kind: kind, Unit: app.UnitCount, Aggregation: agg, Baseline: baseline, Target: target,
			Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
	}
	goals := []struct {
		name string
		g    app.Goal
	}{
		{"IncreaseFlowZeroTarget", goal(app.KindIncrease, app.AggFlow, nil, 0)},
		{"IncreaseLevelZeroTargetZeroBaseline", goal(app.KindIncrease, app.AggLevel, testkit.Ptr(0), 0)},
		{"IncreaseLevelNegativeTarget", goal(app.KindIncrease, app.AggLevel, testkit.Ptr(-100), -20)},
		{"IncreaseLevelNegativeTargetNoBaseline", goal(app.KindIncrease, app.AggLevel, nil, -20)},
		{"LowerIsBetterLevelZeroTarget", goal(app.KindDecrease, app.AggLevel, testkit.Ptr(5), 0)},
		{"LowerIsBetterFlowZeroTargetNoBaseline", goal(app.KindDecrease, app.AggFlow, nil, 0)},
		{"LowerIsBetterZeroTargetZeroBaseline", goal(app.KindDecrease, app.AggLevel, testkit.Ptr(0), 0)},
		{"StayAboveZero", goal(app.KindStayAbove, app.AggLevel, nil, 0)},
		{"StayBelowNegative", goal(app.KindStayBelow, app.AggLevel, nil, -1)},
		{"MilestoneZero", goal(app.KindMilestone, app.AggLevel, nil, 0)},
		{"NoCadence", func() app.Goal { g := goal(app.KindIncrease, app.AggFlow, nil, 0); g.Cadence = ""; return g }()},
	}
	sets := []struct {
		name   string
		values []app.PeriodValue
	}{
		{"NoData", nil},
		{"ZeroData", testkit.Vals("2023-01", 0, "2023-02", 0)},
		{"NegativeData", testkit.Vals("2023-01", -5, "2023-02", -1e308, "2023-03", -1e308)},
		{"HugeData", testkit.Vals("2023-01", math.MaxFloat64, "2023-02", math.MaxFloat64)},
		{"NonFiniteData", testkit.Vals("2023-01", math.NaN(), "2023-02", math.Inf(1), "2023-03", math.Inf(-1))},
		{"BadKeys", testkit.Vals("", 1, "2023-13", 2, "'; DROP TABLE checkins;--", 3, "2023年1月", 4)},
	}
	asOf := testkit.Day(t, "2023-06-15")
	for _, gc := range goals {
		for _, dc := range sets {
			t.Run(gc.name+"/"+dc.name, func(t *testing.T) {
				g := gc.g
				plan := app.SplitEven(app.Calendar{}, g, g.PlanBy)
				a := app.Assess(app.Calendar{}, g, plan, dc.values, asOf, app.DefaultThresholds)
				p := app.Project(app.Calendar{}, g, plan, dc.values, asOf)
				gp, _ := app.GoalProgressFrom(g, dc.values)
				e := app.Expected(app.Calendar{}, g, plan, asOf)
				v := app.Variance(g.Unit, e, a.Actual)
				zero := app.Variance(g.Unit, 0, 0)
				figures := []float64{a.Actual, a.Expected, a.Ratio, a.Progress, p.EndValue, p.Attainment, p.Pace,
					gp, e, v.Abs, v.Rel, v.PP, zero.Rel, app.GoalProgress(g, 0), app.GoalProgress(g, a.Actual),
					app.PerformanceRatio(g.Kind, g.Baseline, 0, 0), app.PerformanceRatio(g.Kind, g.Baseline, e, a.Actual)}
				for _, n := range p.Needs {
					figures = append(figures, n.Amount)
				}
				for i, f := range figures {
					if !app.IsFinite(f) {
						t.Errorf("figure %d is %v (assessment %+v, projection %+v)", i, f, a, p)
					}
				}
				if zero.RelOK {
					t.Error("a variance from zero has a relative value")
				}
				if len(app.Series(dc.values, g.Cadence)) == 0 && (a.Status != app.StatusNoData || p.OK) {
					t.Errorf("no usable data: status %s, projection %+v", a.Status, p)
				}
				if !containsString([]string{string(app.StatusOnTrack), string(app.StatusAtRisk), string(app.StatusOffTrack), string(app.StatusNoData),
					string(app.StatusAchieved), string(app.StatusPartial), string(app.StatusMissed)}, string(a.Status)) {
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
		{"NumberNaN", "NaN", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberNaNLower", "nan", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberInf", "Inf", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberPlusInf", "+Inf", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberMinusInfinity", "-Infinity", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberInfinitySign", "∞", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"Number1e400", "1e400", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"Number1e309", "1e309", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"Number400Digits", strings.Repeat("9", 400), parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberOverflowByMagnitude", strings.Repeat("9", 300) + "万亿", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberExcelError", "#DIV/0!", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberSQL", "1; DROP TABLE goals;--", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"NumberNUL", "12\x003", parseNumberErr, notation.MsgNumber, notation.ErrNumber},
		{"TargetNaN", "+NaN%", parseTargetErr, notation.MsgTarget, notation.ErrNumber},
		{"TargetInf", "+Inf", parseTargetErr, notation.MsgTarget, notation.ErrNumber},
		{"TargetOverflow", "+" + strings.Repeat("9", 309), parseTargetErr, notation.MsgTarget, notation.ErrNumber},
		{"DateFeb30", "2023-02-30", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateFeb29NotLeap", "2023-02-29", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateFeb29Century", "1900-02-29", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateApr31Slashes", "31/04/2023", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateChineseFeb30", "2023年2月30日", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateMonth13", "2023-13-01", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateYear0", "0000-01-01", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateZeroDay", "0001-01-01", parseDateErr, notation.MsgImportBadDate, notation.ErrDate}, // the zero data.Date, "not set"
		{"DateZeroDaySpaces", "0001 1 1", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateYear10000", "10000-01-01", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateQuarter5", "2023-Q5", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateSerialTooSmall", "00060", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
		{"DateEmoji", "2023-01-31🚀", parseDateErr, notation.MsgImportBadDate, notation.ErrDate},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.parse(tc.in)
			var e *app.Error
			if !errors.As(err, &e) || e.Code != app.EInvalid || e.Message != tc.msg || !errors.Is(err, tc.sentinel) {
				t.Fatalf("%q: error %v; want %q", tc.in, err, tc.msg)
			}
			if !containsString(notation.Messages, e.Message) && !containsString(importer.ImportMessages, e.Message) {
				t.Errorf("message %q is not listed for translation", e.Message)
			}
		})
	}
	if _, _, err := notation.ParseDate("2024-02-29", notation.DayFirst); err != nil {
		t.Errorf("29 February of a leap year: %v", err)
	}
}

func parseNumberErr(s string) error {
	_, err := notation.ParseNumber(s, notation.NumberFormat{})
	return err
}
func parseTargetErr(s string) error {
	_, err := notation.ParseTargetChange(s, notation.NumberFormat{})
	return err
}
func parseDateErr(s string) error { _, _, err := notation.ParseDate(s, notation.DayFirst); return err }
