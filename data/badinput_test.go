package data_test

import (
	"context"
	"errors"
	"maps"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"pacer/app"
	"pacer/data"
)

// The odd texts of the catalogue. Each must be stored and read back byte
// for byte: they are data, never SQL, and nothing trims or normalises the
// inside of a text.
var (
	textCJKEmoji  = "华东区新客户销售额提高 20% 🚀👩‍👩‍👧 Ünïcødé"
	textSQL       = "'); DROP TABLE goals;--"
	textZeroWidth = "North\u200bAmerica\u200c sales\u200d\ufeff 2026\u2060"
	textNUL       = "before\x00after\x00"
	// textLong is 100,000 characters (runes) of mixed scripts.
	textLong = strings.Repeat("备注 note 📝 ", 10_000)
)

// badFixture is the database every case starts from: a goal with a plan,
// history, two check-ins, two reviews and an action plan with a follow-up;
// a lower-is-better goal; a setting.
type badFixture struct {
	goal, lower *app.Goal
	jan, feb    app.CheckIn
	review      app.Review
	review2     app.Review
	action      app.ActionPlan
	// made is what a case wrote, for its check to read back.
	made  *app.Goal
	madeC app.CheckIn
	found int
}

func newBadFixture(t *testing.T) (*data.Store, *badFixture) {
	t.Helper()
	ctx := context.Background()
	s := mustOpen(t)
	f := &badFixture{goal: newGoal(), lower: newGoal()}
	mustNotErr(t, s.SaveGoalSetup(ctx, app.GoalSetup{Goal: f.goal, Plan: quarters(250, 300, 300, 350),
		History: []app.HistoryValue{{PeriodKey: "2025-Q1", Value: 280}}}))
	f.lower.Title, f.lower.Kind, f.lower.Unit, f.lower.Decimals = "Cut the return rate to 4% in 2026", app.KindDecrease, app.UnitPercent, 1
	f.lower.Aggregation, f.lower.Baseline, f.lower.Target = app.AggLevel, ptr(5.5), 4
	f.lower.Cadence = app.CadenceQuarter
	mustCreateGoal(t, s, f.lower)
	f.jan = app.CheckIn{GoalID: f.goal.ID, PeriodKey: "2026-01", Value: 100.5, Confidence: 6, Note: "first"}
	f.feb = app.CheckIn{GoalID: f.goal.ID, PeriodKey: "2026-02", Value: 110}
	mustNotErr(t, s.CreateCheckIn(ctx, &f.jan))
	mustNotErr(t, s.CreateCheckIn(ctx, &f.feb))
	f.review = app.Review{GoalID: f.goal.ID, PeriodKey: "2026-Q1", CauseCategory: "pricing", Measures: []app.Measure{{Text: "Call"}}}
	f.review2 = app.Review{GoalID: f.goal.ID, PeriodKey: "2026-Q2"}
	mustNotErr(t, s.SaveReview(ctx, &f.review))
	mustNotErr(t, s.SaveReview(ctx, &f.review2))
	f.action = *newAction(f.goal.ID)
	mustNotErr(t, s.CreateActionPlan(ctx, &f.action))
	mustNotErr(t, s.AddFollowUp(ctx, &app.FollowUp{ActionID: f.action.ID, Date: app.NewDate(2026, time.March, 1), Note: "ok"}))
	mustNotErr(t, s.SetSetting(ctx, "company", "ACME"))
	return s, f
}

// writeFn applies a case's input through the store.
type writeFn func(ctx context.Context, s *data.Store, f *badFixture) error

// checkFn reads back what a successful case wrote.
type checkFn func(t *testing.T, s *data.Store, f *badFixture)

// badCase is one entry of the catalogue: code and msg are the refusal
// expected (msg is the message template), or "" when the input is stored;
// then check reads it back.
type badCase struct {
	name      string
	write     writeFn
	code, msg string
	check     checkFn
}

// The messages the catalogue expects, as the user reads them (before translation).
const (
	wantNotFinite     = "The value must be a number."
	wantDecimals      = "{{.Value}} has too many decimal places: {{.Decimals}} are kept."
	wantPeriodTwice   = "The period {{.Period}} appears more than once."
	wantOutside       = "{{.Period}} lies outside the goal's dates ({{.Start}} to {{.End}})."
	wantUnknownPeriod = "{{.Period}} is not a period Pacer knows: write it like 2026, 2026-H1, 2026-Q1, 2026-03 or 2026-W05."
	wantNotMonth      = "{{.Period}} is not a month: “{{.Goal}}” is checked in monthly. Enter a month, such as {{.Example}}."
	wantNotQuarter    = "{{.Period}} is not a quarter: “{{.Goal}}” is checked in quarterly. Enter a quarter, such as {{.Example}}."
)

// checkInOn creates a goal like the fixture's but checked in by cadence c,
// kept as f.made, then its check-in for period, kept as f.madeC; only for
// cases that are stored, as a refused one must leave every table as it was.
func checkInOn(c app.Cadence, period string) writeFn {
	return func(ctx context.Context, s *data.Store, f *badFixture) error {
		f.made = newGoal()
		f.made.Title, f.made.Cadence = "By "+string(c), c
		if err := s.CreateGoal(ctx, f.made); err != nil {
			return err
		}
		f.madeC = app.CheckIn{GoalID: f.made.ID, PeriodKey: period, Value: 5}
		return s.CreateCheckIn(ctx, &f.madeC)
	}
}

// TestBadInput is the catalogue of bad and odd input across the store:
// every case is either stored and read back exactly, or refused with a
// code and a translatable message, leaving every table as it was.
func TestBadInput(t *testing.T) {
	if n := utf8.RuneCountInString(textLong); n != 100_000 {
		t.Fatalf("the long text has %d characters", n)
	}
	nan, inf := math.NaN(), math.Inf(1)
	cases := []badCase{
		// Goals: values.
		{"GoalTargetNaN", newGoalWith(func(g *app.Goal) { g.Target = nan }), app.EInvalid, wantNotFinite, nil},
		{"GoalTargetPlusInf", newGoalWith(func(g *app.Goal) { g.Target = inf }), app.EInvalid, wantNotFinite, nil},
		{"GoalTargetMinusInf", newGoalWith(func(g *app.Goal) { g.Target = -inf }), app.EInvalid, wantNotFinite, nil},
		{"GoalBaselineNaN", newGoalWith(func(g *app.Goal) { g.Baseline = ptr(nan) }), app.EInvalid, wantNotFinite, nil},
		{"GoalWeightInf", newGoalWith(func(g *app.Goal) { g.Weight = inf }), app.EInvalid, wantNotFinite, nil},
		{"GoalTooManyDecimals", newGoalWith(func(g *app.Goal) { g.Target = 1200.125 }), app.EInvalid, wantDecimals, nil},
		{"GoalDecimalsSeven", newGoalWith(func(g *app.Goal) { g.Decimals = 7 }), app.EInvalid, "Decimal places must be between 0 and 6.", nil},
		{"GoalWeightAboveOne", newGoalWith(func(g *app.Goal) { g.Weight = 1.5 }), app.EInvalid, "The weight must be between 0 and 100 percent.", nil},
		// Any finite target is stored; the SMART check judges it (app/badinput_test.go).
		{"GoalZeroTarget", newGoalWith(func(g *app.Goal) { g.Target, g.Baseline = 0, nil }), "", "",
			madeGoal(func(g *app.Goal) any { return g.Target }, 0.0)},
		{"GoalNegativeTarget", newGoalWith(func(g *app.Goal) { g.Target, g.Baseline = -500, ptr(-800.0) }), "", "",
			madeGoal(func(g *app.Goal) any { return [2]float64{g.Target, *g.Baseline} }, [2]float64{-500, -800})},
		{"GoalLowerIsBetter", newGoalWith(func(g *app.Goal) { g.Kind, g.Target = app.KindDecrease, 800 }), "", "",
			madeGoal(func(g *app.Goal) any { return [2]any{g.Kind, g.Target} }, [2]any{app.KindDecrease, 800.0})},
		{"GoalTarget1e308", newGoalWith(func(g *app.Goal) { g.Target = 1e308 }), app.EInvalid, app.MsgTooLarge, nil},
		{"GoalTargetMaxFloat", newGoalWith(func(g *app.Goal) { g.Target = -math.MaxFloat64 }), app.EInvalid, app.MsgTooLarge, nil},
		{"GoalTargetNegativeZero", newGoalWith(func(g *app.Goal) { g.Target = math.Copysign(0, -1) }), "", "",
			madeGoal(func(g *app.Goal) any { return math.Signbit(g.Target) }, false)},
		// Goals: text.
		{"GoalTitleCJKEmoji", newGoalWith(func(g *app.Goal) { g.Title = textCJKEmoji }), "", "",
			madeGoal(func(g *app.Goal) any { return g.Title }, textCJKEmoji)},
		{"GoalTitleSQL", newGoalWith(func(g *app.Goal) { g.Title, g.Owner = textSQL, textSQL }), "", "",
			madeGoal(func(g *app.Goal) any { return g.Title + g.Owner }, textSQL+textSQL)},
		{"GoalTitleZeroWidth", newGoalWith(func(g *app.Goal) { g.Title = textZeroWidth }), "", "",
			madeGoal(func(g *app.Goal) any { return g.Title }, textZeroWidth)},
		{"GoalDescription100k", newGoalWith(func(g *app.Goal) { g.Description = textLong }), "", "",
			madeGoal(func(g *app.Goal) any { return g.Description }, textLong)},
		{"GoalRationaleNUL", newGoalWith(func(g *app.Goal) { g.Rationale = textNUL }), "", "",
			madeGoal(func(g *app.Goal) any { return g.Rationale }, textNUL)},
		{"GoalTitleOnlySpaces", newGoalWith(func(g *app.Goal) { g.Title = "\u3000\t\u00a0 " }), app.EInvalid, "The goal needs a title.", nil},
		{"GoalEndBeforeStart", newGoalWith(func(g *app.Goal) { g.End = app.NewDate(2025, time.December, 31) }),
			app.EInvalid, "The end date must be after the start date.", nil},
		{"GoalEndYear10000", newGoalWith(func(g *app.Goal) { g.End = app.NewDate(10000, time.January, 1) }), // the schema's check
			app.EInvalid, "A value is not allowed here.", nil},
		{"GoalOwnParent", func(ctx context.Context, s *data.Store, f *badFixture) error {
			g := *f.goal
			g.ParentID = &g.ID
			return s.UpdateGoal(ctx, &g)
		}, app.EInvalid, "A goal cannot be its own parent.", nil},
		{"GoalUpdateNaN", func(ctx context.Context, s *data.Store, f *badFixture) error {
			g := *f.goal
			g.Title, g.Target = "changed", nan
			return s.UpdateGoal(ctx, &g)
		}, app.EInvalid, wantNotFinite, nil},
		{"GoalFewerDecimalsThanStored", func(ctx context.Context, s *data.Store, f *badFixture) error {
			g := *f.goal
			g.Decimals = 0 // the January check-in is 100.5
			return s.UpdateGoal(ctx, &g)
		}, app.EInvalid, "Some values of this goal are not whole numbers.", nil},
		{"GoalStartAfterOneCheckIn", editGoal(func(g *app.Goal) { g.Start = app.NewDate(2026, time.February, 1) }),
			app.EConflict, "With these dates the check-in for {{.Period}} would fall outside the goal. Keep dates that cover it, or delete that check-in first.", nil},
		{"GoalStartAfterTwoCheckIns", editGoal(func(g *app.Goal) { g.Start = app.NewDate(2026, time.March, 1) }),
			app.EConflict, "With these dates {{.Count}} check-ins, from {{.First}} to {{.Last}}, would fall outside the goal. Keep dates that cover them, or delete those check-ins first.", nil},
		{"GoalSetupMovedToNextYear", func(ctx context.Context, s *data.Store, f *badFixture) error {
			g := *f.goal
			g.Start, g.End = app.NewDate(2027, time.January, 1), app.NewDate(2027, time.December, 31)
			return s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g})
		}, app.EConflict, "With these dates {{.Count}} check-ins, from {{.First}} to {{.Last}}, would fall outside the goal. Keep dates that cover them, or delete those check-ins first.", nil},
		{"GoalCadenceUnconfirmed", editGoal(func(g *app.Goal) { g.Cadence = app.CadenceQuarter }), app.EConflict,
			"Changing how often the goal is checked in converts its {{.Count}} check-ins; look at the conversion and confirm it first.", nil},
		{"GoalCadenceToWeeks", editGoal(func(g *app.Goal) { g.Cadence = app.CadenceWeek }), app.EInvalid,
			"The {{.Count}} check-ins from {{.First}} to {{.Last}} cannot be split into shorter periods: Pacer cannot tell how each value divides. Keep how often the goal is checked in, or delete those check-ins first.", nil},
		{"GoalCadenceStalePreview", func(ctx context.Context, s *data.Store, f *badFixture) error {
			g := *f.goal
			g.Cadence = app.CadenceQuarter
			change, err := s.PreviewCadenceChange(ctx, g)
			if err != nil {
				return err
			}
			change.Rollups[0].Value++ // as if February had changed since
			return s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: quarters(250, 300, 300, 350), CadenceChange: &change})
		}, app.EConflict, "The goal's check-ins changed since the conversion was shown. Look at it again and confirm.", nil},
		{"GoalDatesWidened", editGoal(func(g *app.Goal) { g.Start = app.NewDate(2025, time.July, 1) }), "", "",
			func(t *testing.T, s *data.Store, f *badFixture) {
				g, err := s.GoalByID(context.Background(), f.goal.ID)
				mustNotErr(t, err)
				if g.Start != app.NewDate(2025, time.July, 1) {
					t.Errorf("start read back as %v", g.Start)
				}
			}},
		{"GoalSearchSQL", func(ctx context.Context, s *data.Store, f *badFixture) error {
			gs, err := s.ListGoals(ctx, app.GoalFilter{Search: "%' OR '1'='1", IncludeArchived: true})
			f.found = len(gs)
			return err
		}, "", "", func(t *testing.T, s *data.Store, f *badFixture) {
			if f.found != 0 {
				t.Errorf("search for SQL text found %d goals", f.found)
			}
		}},

		// Check-ins.
		{"CheckInNaN", newCheckIn("2026-03", nan, ""), app.EInvalid, wantNotFinite, nil},
		{"CheckInPlusInf", newCheckIn("2026-03", inf, ""), app.EInvalid, wantNotFinite, nil},
		{"CheckInMinusInf", newCheckIn("2026-03", -inf, ""), app.EInvalid, wantNotFinite, nil},
		{"CheckInTooManyDecimals", newCheckIn("2026-03", 1.005, ""), app.EInvalid, wantDecimals, nil},
		{"CheckIn1e308", newCheckIn("2026-03", 1e308, ""), app.EInvalid, app.MsgTooLarge, nil},
		{"CheckInPastExact", newCheckIn("2026-03", 12345678901234567, ""), app.EInvalid, app.MsgTooLarge, nil},
		{"CheckInDuplicatePeriod", newCheckIn("2026-01", 5, ""), app.EConflict, "There is already a check-in for {{.Period}}.", nil},
		{"CheckInDuplicatePeriodSpaced", newCheckIn(" 2026-01\t", 5, ""), app.EConflict, "There is already a check-in for {{.Period}}.", nil},
		{"CheckInOutsideGoalDates", newCheckIn("2030-01", 5, ""), app.EInvalid, wantOutside, nil},
		{"CheckInMonthBeforeGoal", newCheckIn("2025-12", 5, ""), app.EInvalid, wantOutside, nil},
		{"CheckInWeekEndingBeforeGoal", newCheckIn("2025-W52", 5, ""), app.EInvalid, wantOutside, nil},
		{"CheckInWeekCrossingGoalStart", checkInOn(app.CadenceWeek, "2026-W01"), "", "",
			madeCheckIn(func(c app.CheckIn) any { return c.PeriodKey }, "2026-W01")},
		{"CheckInWeekOnMonthlyGoal", newCheckIn("2026-W10", 5, ""), app.EInvalid, wantNotMonth, nil},
		{"CheckInQuarterOnMonthlyGoal", newCheckIn("2026-Q2", 5, ""), app.EInvalid, wantNotMonth, nil},
		{"CheckInMonthOnQuarterlyGoal", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.CreateCheckIn(ctx, &app.CheckIn{GoalID: f.lower.ID, PeriodKey: "2026-02", Value: 4.5})
		}, app.EInvalid, wantNotQuarter, nil},
		{"CheckInYearOnQuarterlyGoal", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.PutCheckIn(ctx, &app.CheckIn{GoalID: f.lower.ID, PeriodKey: "2026", Value: 4.5})
		}, app.EInvalid, wantNotQuarter, nil},
		{"CheckInsMonthOnQuarterlyGoalInBulk", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.SaveCheckIns(ctx, []app.CheckIn{{GoalID: f.lower.ID, PeriodKey: "2026-Q2", Value: 1},
				{GoalID: f.lower.ID, PeriodKey: "2026-04", Value: 2}})
		}, app.EInvalid, wantNotQuarter, nil},
		{"CheckInFiscalQuarterBeforeGoal", newCheckIn("2025-Q4", 5, ""), app.EInvalid, wantOutside, nil},
		{"CheckInFiscalQuarterInsideGoal", func(ctx context.Context, s *data.Store, f *badFixture) error {
			// With a fiscal year from April, 2025-Q4 is January to March 2026.
			if err := s.SetSetting(ctx, data.SettingFiscalStart, "4"); err != nil {
				return err
			}
			return checkInOn(app.CadenceQuarter, "2025-Q4")(ctx, s, f)
		}, "", "", madeCheckIn(func(c app.CheckIn) any { return c.PeriodKey }, "2025-Q4")},
		{"CheckInMonth13", newCheckIn("2026-13", 5, ""), app.EInvalid, wantUnknownPeriod, nil},
		{"CheckInWeek53OfA52WeekYear", newCheckIn("2025-W53", 5, ""), app.EInvalid, wantUnknownPeriod, nil},
		{"CheckInLowerCaseQuarter", newCheckIn("2026-q1", 5, ""), app.EInvalid, wantUnknownPeriod, nil},
		{"CheckInDatePeriod", newCheckIn("2026-03-15", 5, ""), app.EInvalid, wantUnknownPeriod, nil},
		{"CheckInMovedOutsideGoal", func(ctx context.Context, s *data.Store, f *badFixture) error {
			moved := f.jan
			moved.PeriodKey = "2027-01"
			return s.UpdateCheckIn(ctx, &moved)
		}, app.EInvalid, wantOutside, nil},
		{"CheckInNote100k", newCheckIn("2026-03", 5, textLong), "", "", madeCheckIn(func(c app.CheckIn) any { return c.Note }, textLong)},
		{"CheckInNoteNUL", newCheckIn("2026-03", 5, textNUL), "", "", madeCheckIn(func(c app.CheckIn) any { return c.Note }, textNUL)},
		{"CheckInNoteSQL", newCheckIn("2026-03", 5, textSQL), "", "", madeCheckIn(func(c app.CheckIn) any { return c.Note }, textSQL)},
		{"CheckInNoteCJKZeroWidth", newCheckIn("2026-03", 5, textCJKEmoji+textZeroWidth), "", "",
			madeCheckIn(func(c app.CheckIn) any { return c.Note }, textCJKEmoji+textZeroWidth)},
		{"CheckInPeriodSQL", newCheckIn("2026-03'); DROP TABLE checkins;--", 5, ""), app.EInvalid, wantUnknownPeriod, nil},
		{"CheckInBlankPeriod", newCheckIn("\u3000", 5, ""), app.EInvalid, "The period is missing.", nil},
		{"CheckInConfidence11", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.CreateCheckIn(ctx, &app.CheckIn{GoalID: f.goal.ID, PeriodKey: "2026-03", Confidence: 11})
		}, app.EInvalid, "Confidence must be between 0 and 10.", nil},
		{"CheckInUnknownGoal", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.CreateCheckIn(ctx, &app.CheckIn{GoalID: 999, PeriodKey: "2026-03"})
		}, app.ENotFound, "The goal does not exist.", nil},
		{"CheckInLowerIsBetterNegative", func(ctx context.Context, s *data.Store, f *badFixture) error {
			f.madeC = app.CheckIn{GoalID: f.lower.ID, PeriodKey: "2026-Q1", Value: -3.5}
			return s.CreateCheckIn(ctx, &f.madeC)
		}, "", "", madeCheckIn(func(c app.CheckIn) any { return c.Value }, -3.5)},
		{"CheckInPutReplaces", func(ctx context.Context, s *data.Store, f *badFixture) error {
			f.madeC = app.CheckIn{GoalID: f.goal.ID, PeriodKey: "2026-01", Value: 120, Note: textCJKEmoji}
			return s.PutCheckIn(ctx, &f.madeC)
		}, "", "", func(t *testing.T, s *data.Store, f *badFixture) {
			cs, err := s.CheckIns(context.Background(), f.goal.ID)
			mustNotErr(t, err)
			if len(cs) != 2 || cs[0].ID != f.jan.ID || cs[0].Value != 120 || cs[0].Note != textCJKEmoji {
				t.Errorf("check-ins after replacing January: %+v", cs)
			}
		}},
		{"CheckInMovedOntoTakenPeriod", func(ctx context.Context, s *data.Store, f *badFixture) error {
			c := f.feb
			c.PeriodKey = "2026-01"
			return s.UpdateCheckIn(ctx, &c)
		}, app.EConflict, "There is already a check-in for {{.Period}}.", nil},
		{"CheckInsSamePeriodTwice", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.SaveCheckIns(ctx, []app.CheckIn{{GoalID: f.goal.ID, PeriodKey: "2026-03", Value: 1},
				{GoalID: f.goal.ID, PeriodKey: "2026-03 ", Value: 2}})
		}, app.EInvalid, wantPeriodTwice, nil},
		{"CheckInsLastNaN", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.SaveCheckIns(ctx, []app.CheckIn{{GoalID: f.goal.ID, PeriodKey: "2026-01", Value: 1},
				{GoalID: f.goal.ID, PeriodKey: "2026-03", Value: nan}})
		}, app.EInvalid, wantNotFinite, nil},
		{"ImportLastHistoryInf", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{{GoalID: f.goal.ID, PeriodKey: "2026-03", Value: 1}},
				History: []app.HistoryValue{{GoalID: f.goal.ID, PeriodKey: "2025-Q2", Value: -inf}}})
		}, app.EInvalid, wantNotFinite, nil},

		// Plans and history.
		{"PlanPeriodNaN", newPlan(app.PeriodTarget{PeriodKey: "2026-Q1", Target: nan}), app.EInvalid, wantNotFinite, nil},
		{"PlanFloorPlusInf", newPlan(app.PeriodTarget{PeriodKey: "2026-Q1", Floor: ptr(inf)}), app.EInvalid, wantNotFinite, nil},
		{"PlanTooManyDecimals", newPlan(app.PeriodTarget{PeriodKey: "2026-Q1", Target: 0.001}), app.EInvalid, wantDecimals, nil},
		{"PlanPeriodTwice", newPlan(app.PeriodTarget{PeriodKey: "2026-Q1"}, app.PeriodTarget{PeriodKey: "2026-Q1"}),
			app.EInvalid, wantPeriodTwice, nil},
		{"PlanNote100k", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.AddPlanRevision(ctx, &app.Plan{GoalID: f.goal.ID, Note: textLong + textNUL, Target: 1200})
		}, "", "", func(t *testing.T, s *data.Store, f *badFixture) {
			p, err := s.CurrentPlan(context.Background(), f.goal.ID)
			mustNotErr(t, err)
			if p.Revision != 2 || p.Note != textLong+textNUL {
				t.Errorf("plan revision %d, note of %d bytes", p.Revision, len(p.Note))
			}
		}},
		{"HistoryMinusInf", newHistory(app.HistoryValue{PeriodKey: "2025-Q2", Value: -inf}), app.EInvalid, wantNotFinite, nil},
		{"HistoryPeriodTwice", newHistory(app.HistoryValue{PeriodKey: "2025-Q2"}, app.HistoryValue{PeriodKey: "2025-Q2"}),
			app.EInvalid, wantPeriodTwice, nil},

		// Reviews, action plans, follow-ups, settings.
		{"ReviewCauseSQL", newReview(func(r *app.Review) { r.CauseCategory = "pricing'; DROP TABLE reviews;--" }),
			app.EInvalid, "Choose a cause category from the list.", nil},
		{"ReviewMovedOntoTakenPeriod", func(ctx context.Context, s *data.Store, f *badFixture) error {
			r := f.review2
			r.PeriodKey = "2026-Q1"
			return s.SaveReview(ctx, &r)
		}, app.EConflict, "There is already a review for {{.Period}}.", nil},
		{"ReviewBlankMeasure", newReview(func(r *app.Review) { r.Measures = []app.Measure{{Text: "ok"}, {Text: " \u3000"}} }),
			app.EInvalid, "Every measure needs a description.", nil},
		{"ReviewText100kCJK", newReview(func(r *app.Review) { r.CauseText, r.TeamFeedback = textLong, textCJKEmoji+textNUL }), "", "",
			func(t *testing.T, s *data.Store, f *badFixture) {
				r, err := s.ReviewByPeriod(context.Background(), f.goal.ID, "2026-Q1")
				mustNotErr(t, err)
				if r.CauseText != textLong || r.TeamFeedback != textCJKEmoji+textNUL {
					t.Errorf("review text changed: %d and %q", len(r.CauseText), r.TeamFeedback)
				}
			}},
		{"ActionBlankProblem", newActionWith(func(a *app.ActionPlan) { a.Problem = "\u3000" }), app.EInvalid, "The action plan needs a problem to solve.", nil},
		{"ActionDueBeforeStart", newActionWith(func(a *app.ActionPlan) { a.Due = app.NewDate(2026, time.January, 1) }),
			app.EInvalid, "The due date must not be before the start date.", nil},
		{"ActionUnknownGoal", newActionWith(func(a *app.ActionPlan) { a.GoalIDs = append(a.GoalIDs, 999) }),
			app.ENotFound, "The goal does not exist.", nil},
		{"ActionTextSQLEmoji", newActionWith(func(a *app.ActionPlan) { a.Problem, a.Strategy = textSQL, textCJKEmoji+textZeroWidth }), "", "",
			func(t *testing.T, s *data.Store, f *badFixture) {
				as, err := s.ListActionPlans(context.Background(), app.ActionFilter{})
				mustNotErr(t, err)
				if len(as) != 2 || as[1].Problem != textSQL || as[1].Strategy != textCJKEmoji+textZeroWidth {
					t.Errorf("action plans read back: %+v", as)
				}
			}},
		{"FollowUpNoDate", newFollowUp(app.Date{}, "x"), app.EInvalid, "The follow-up needs a date.", nil},
		{"FollowUpNote100kNUL", newFollowUp(app.NewDate(2026, time.March, 2), textLong+textNUL), "", "",
			func(t *testing.T, s *data.Store, f *badFixture) {
				fs, err := s.FollowUps(context.Background(), f.action.ID)
				mustNotErr(t, err)
				if len(fs) != 2 || fs[1].Note != textLong+textNUL {
					t.Errorf("%d follow-ups", len(fs))
				}
			}},
		{"SettingBlankKey", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.SetSetting(ctx, " \t", "x")
		}, app.EInvalid, "The setting needs a name.", nil},
		{"SettingValueSQLNUL", func(ctx context.Context, s *data.Store, f *badFixture) error {
			return s.SetSetting(ctx, textSQL, textSQL+textNUL)
		}, "", "", func(t *testing.T, s *data.Store, f *badFixture) {
			if v, err := s.Setting(context.Background(), textSQL, ""); err != nil || v != textSQL+textNUL {
				t.Errorf("setting = %q, %v", v, err)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runBadCase(t, tc) })
	}
}

// runBadCase applies one case to a fresh fixture and checks its outcome.
func runBadCase(t *testing.T, tc badCase) {
	s, f := newBadFixture(t)
	before := dbState(t, s)
	err := tc.write(context.Background(), s, f)
	after := dbState(t, s)
	if !maps.Equal(tableNames(before), tableNames(after)) {
		t.Fatalf("tables changed: %v, then %v", tableNames(before), tableNames(after))
	}
	if tc.code == "" {
		mustNotErr(t, err)
		tc.check(t, s, f)
		return
	}
	var e *app.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not a *data.Error", err)
	}
	checkErr(t, err, tc.code)
	if e.Message != tc.msg {
		t.Errorf("message %q, want %q", e.Message, tc.msg)
	}
	if rendered := e.Error(); strings.Contains(rendered, "{{") || strings.Contains(rendered, "NaN") {
		t.Errorf("message renders as %q", rendered)
	}
	for table, st := range before {
		if after[table] != st {
			t.Errorf("table %s changed although the write was refused: %+v, then %+v", table, st, after[table])
		}
	}
}
