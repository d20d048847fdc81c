package sample

import (
	"context"
	"errors"
	"fmt"

	"pacer/app"
)

// SampleSetting is the setting LoadSample stamps "1" under, so that the UI
// knows the store holds the sample plan.
const SampleSetting = "sample"

// ErrSampleLoaded is returned by LoadSample when the store already holds
// the sample plan.
var ErrSampleLoaded = errors.New("the sample plan is already loaded")

// SampleGoal is one goal of the sample plan with everything the goal
// wizard and the first check-ins would have saved. IDs are 0 until
// LoadSample stores it.
type SampleGoal struct {
	Goal     app.Goal
	Plan     []app.PeriodTarget
	History  []app.HistoryValue
	CheckIns []app.CheckIn
}

// sampleTexts are the words of one sample goal in one language.
type sampleTexts struct {
	title, description, owner, rationale, note string
}

// sampleText holds the sample goals' texts by language, in the order sales,
// new customers, market share. Sample data is data, not UI: it stays in
// the language it was loaded in.
var sampleText = map[string][3]sampleTexts{
	"en": {
		{
			"In 2023, raise North-America sales by 20%, every quarter at least +5% year on year",
			"Sales of all product lines to customers in the United States and Canada, net of returns.",
			"Chen Jing",
			"North America is our largest market; growth there pays for the new product line.",
			"Below plan: weak market demand. Next: market research, reposition the product, more promotion.",
		},
		{
			"In 2023, win 200 new active customers in North America, at least 50 every quarter",
			"Customers with a first order in the quarter and a second within 90 days.",
			"Zhao Lei",
			"New customers carry next year's repeat sales; 50 a quarter keeps the pipeline full.",
			"Below plan: weak customer development. Next: sales-team training, more budget for prospecting.",
		},
		{
			"In 2023, raise North-America market share to 15%",
			"Our share of category sales in the United States and Canada, from the quarterly industry report.",
			"Liu Yang",
			"A larger share strengthens our position against the two leading competitors.",
			"Below plan: strong competitors. Next: competitor study, sharper strategy, product improvements.",
		},
	},
	"zh": {
		{
			"2023年北美地区销售额提升20%，每季度同比增长不低于5%",
			"面向美国和加拿大客户的全部产品线销售额，扣除退货。",
			"陈静",
			"北美是我们最大的市场，那里的增长为新产品线提供资金。",
			"低于计划：市场需求疲软。下一步：加强市场调研，重新定位产品，加大推广力度。",
		},
		{
			"2023年北美地区新增活跃客户200家，每季度不少于50家",
			"本季度首次下单、且90天内再次下单的客户。",
			"赵磊",
			"新客户带来明年的复购；每季度50家能让销售管道保持充足。",
			"低于计划：客户开发不力。下一步：销售团队培训，增加客户开发预算。",
		},
		{
			"2023年北美地区市场占有率提升至15%",
			"我们在美国和加拿大的品类销售额份额，数据来自季度行业报告。",
			"刘洋",
			"更高的份额巩固我们相对两家主要竞争对手的地位。",
			"低于计划：竞争对手强劲。下一步：研究竞争对手，完善竞争策略，改进产品。",
		},
	},
}

// The sample's figures, by quarter. History is 2020 to 2022; the plan and
// the Q1 2023 actuals are the source document's review table (expected
// 10,000,000, 50 and 10 %; actual 8,000,000, 40 and 8 %).
var (
	// Sales grew 22.4 % in 2021 and 16.0 % in 2022 to 50,000,000, so +20 %
	// is within the best year (SMART A passes).
	sampleSalesHistory = [][4]float64{
		{5_800_000, 8_200_000, 9_400_000, 11_800_000},
		{7_100_000, 10_000_000, 11_600_000, 14_400_000},
		{8_400_000, 11_600_000, 13_300_000, 16_700_000},
	}
	SampleSalesPlan = [4]float64{10_000_000, 14_000_000, 16_000_000, 20_000_000}
	// New customers: 140, 164 (+17.1 %), 176; 200 asks +13.6 %.
	sampleCustomerHistory = [][4]float64{{32, 34, 36, 38}, {38, 40, 42, 44}, {41, 43, 45, 47}}
	sampleCustomerPlan    = [4]float64{50, 50, 50, 50}
	// Market share at each quarter's end: +1.5 pp in 2021, +3.0 pp in 2022;
	// +6.0 pp to 15 % is ambitious (SMART A warns, within twice the best).
	sampleShareHistory = [][4]float64{{3.8, 4.0, 4.3, 4.5}, {4.8, 5.2, 5.6, 6.0}, {6.6, 7.3, 8.1, 9.0}}
	sampleSharePlan    = [4]float64{10.0, 11.5, 13.0, 15.0}
)

// SamplePlan is the plan of the source document for a first run's "explore
// with the sample plan": three 2023 North-America goals with quarterly
// plans, three years of quarterly history and the first quarter's
// check-ins, below plan as in the document's review. lang "zh" gives
// Chinese titles and texts; any other gives English.
func SamplePlan(lang string) []SampleGoal {
	texts, ok := sampleText[lang]
	if !ok {
		texts = sampleText["en"]
	}
	start, end := app.NewDate(2023, 1, 1), app.NewDate(2023, 12, 31)
	goal := func(t sampleTexts, p app.Perspective, unit app.Unit, label string, decimals int, agg app.Aggregation, baseline, target float64) app.Goal {
		return app.Goal{
			Title: t.title, Description: t.description, Perspective: p, Owner: t.owner,
			Kind: app.KindIncrease, Unit: unit, UnitLabel: label, Decimals: decimals, Aggregation: agg,
			Baseline: &baseline, Target: target, Start: start, End: end,
			Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter, Rationale: t.rationale,
		}
	}
	sales := goal(texts[0], app.PerspectiveFinancial, app.UnitCurrency, sampleCurrency, 0, app.AggFlow, 50_000_000, 60_000_000)
	customers := goal(texts[1], app.PerspectiveCustomer, app.UnitCount, "", 0, app.AggFlow, 176, 200)
	share := goal(texts[2], app.PerspectiveCustomer, app.UnitPercent, "", 1, app.AggLevel, 9.0, 15.0)

	salesSample := sampleGoal(sales, SampleSalesPlan, sampleSalesHistory, 8_000_000, 5, texts[0].note)
	floored, _ := app.FloorsFromGrowth(app.Calendar{}, sales, salesSample.Plan, app.ValuesFromHistory(salesSample.History), 5)
	salesSample.Plan = floored
	customerSample := sampleGoal(customers, sampleCustomerPlan, sampleCustomerHistory, 40, 6, texts[1].note)
	customerSample.Plan = app.FloorsAtLeast(customerSample.Plan, 50)
	return []SampleGoal{
		salesSample,
		customerSample,
		sampleGoal(share, sampleSharePlan, sampleShareHistory, 8.0, 5, texts[2].note),
	}
}

// sampleGoal puts together a 2023 goal with its quarterly plan, history
// from 2020 and a Q1 2023 check-in.
func sampleGoal(g app.Goal, plan [4]float64, history [][4]float64, q1 float64, confidence int, note string) SampleGoal {
	s := SampleGoal{Goal: g}
	for q, v := range plan {
		s.Plan = append(s.Plan, app.PeriodTarget{PeriodKey: app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: q + 1}.Key(), Target: v})
	}
	for y, year := range history {
		for q, v := range year {
			s.History = append(s.History, app.HistoryValue{PeriodKey: app.Period{Cadence: app.CadenceQuarter, Year: 2020 + y, Index: q + 1}.Key(), Value: v})
		}
	}
	s.CheckIns = []app.CheckIn{{PeriodKey: "2023-Q1", Value: q1, Confidence: confidence, Note: note}}
	return s
}

// Store is where LoadSample saves the sample plan: *data.Store is one.
type Store interface {
	Setting(ctx context.Context, key, fallback string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
	SaveGoalSetup(ctx context.Context, setup app.GoalSetup) error
	SaveReview(ctx context.Context, r *app.Review) error
	SaveCheckIns(ctx context.Context, cs []app.CheckIn) error
	ReviewByPeriod(ctx context.Context, goalID int64, periodKey string) (*app.Review, error)
	CreateActionPlan(ctx context.Context, a *app.ActionPlan) error
	AddFollowUp(ctx context.Context, f *app.FollowUp) error
}

// LoadSample saves SamplePlan(lang) into s (each goal with its plan,
// history and the seed's Q1 2023 gap analysis, then all check-ins at
// once, then SampleActions linked to the goals and their Q1 reviews, each
// with its follow-up note) and stamps SampleSetting "1". A
// store already stamped gets ErrSampleLoaded, so that a second click does
// not add the goals twice. The writes are not one transaction: after an
// error, goals saved before it stay.
func LoadSample(ctx context.Context, s Store, lang string) error {
	if v, err := s.Setting(ctx, SampleSetting, ""); err != nil {
		return fmt.Errorf("load sample: %w", err)
	} else if v == "1" {
		return ErrSampleLoaded
	}
	var checkIns []app.CheckIn
	var goalIDs []int64
	for i, sg := range SamplePlan(lang) {
		g := sg.Goal
		if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: sg.Plan, History: sg.History}); err != nil {
			return fmt.Errorf("load sample goal %q: %w", g.Title, err)
		}
		goalIDs = append(goalIDs, g.ID)
		for _, c := range sg.CheckIns {
			c.GoalID = g.ID
			checkIns = append(checkIns, c)
		}
		r := sampleReview(lang, i)
		r.GoalID = g.ID
		if err := s.SaveReview(ctx, &r); err != nil {
			return fmt.Errorf("load sample review %q: %w", g.Title, err)
		}
	}
	if err := s.SaveCheckIns(ctx, checkIns); err != nil {
		return fmt.Errorf("load sample check-ins: %w", err)
	}
	if err := loadSampleActions(ctx, s, lang, goalIDs); err != nil {
		return err
	}
	if err := setSampleCurrency(ctx, s); err != nil {
		return err
	}
	if err := s.SetSetting(ctx, SampleSetting, "1"); err != nil {
		return fmt.Errorf("load sample: %w", err)
	}
	return nil
}

// sampleCurrency is the money the sample business counts in, that of its
// goals.
const sampleCurrency = "CNY"

// setSampleCurrency makes the sample's money the business's unless the
// store has one already: with none, Settings showed the currency of the
// computer's locale (USD) beside goals all in CN¥, and a new goal took it.
func setSampleCurrency(ctx context.Context, s Store) error {
	v, err := s.Setting(ctx, app.SettingCurrency, "")
	if err == nil && v == "" {
		err = s.SetSetting(ctx, app.SettingCurrency, sampleCurrency)
	}
	if err != nil {
		return fmt.Errorf("load sample currency: %w", err)
	}
	return nil
}

// loadSampleActions saves SampleActions(lang), each linked to the goal of
// the same position in goalIDs and to that goal's Q1 2023 review, with its
// follow-up note.
func loadSampleActions(ctx context.Context, s Store, lang string, goalIDs []int64) error {
	notes := sampleFollowUps(lang)
	for i, a := range SampleActions(lang) {
		if i >= len(goalIDs) {
			break
		}
		r, err := s.ReviewByPeriod(ctx, goalIDs[i], "2023-Q1")
		if err != nil {
			return fmt.Errorf("load sample action %q: %w", a.Problem, err)
		}
		a.GoalIDs, a.ReviewID = []int64{goalIDs[i]}, &r.ID
		if err := s.CreateActionPlan(ctx, &a); err != nil {
			return fmt.Errorf("load sample action %q: %w", a.Problem, err)
		}
		f := notes[i]
		f.ActionID = a.ID
		if err := s.AddFollowUp(ctx, &f); err != nil {
			return fmt.Errorf("load sample follow-up %q: %w", a.Problem, err)
		}
	}
	return nil
}
