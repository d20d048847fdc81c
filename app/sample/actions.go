package sample

import (
	"pacer/app"
)

// sampleActionText is one adjustment of the seed's table 4 in one
// language, with the follow-up note its owner wrote in mid-May.
type sampleActionText struct {
	problem, cause, strategy, owner string
	measures                        []string
	owners                          []string
	followUp                        string
}

// sampleActionTexts are the seed's three adjustments, in the order sales,
// new customers, market share. The follow-up notes report what a
// follow-up could see on 15 May: the measures done, and no quarterly
// figure yet to judge the effect by.
var sampleActionTexts = map[string][3]sampleActionText{
	"en": {
		{
			"Sales below plan: Q1 CN¥8,000,000 against CN¥10,000,000 planned (−20%)",
			"Weak market demand, and a product positioning that no longer matches what buyers ask for.",
			"Research the market, reposition the product, step up promotion.",
			"Chen Jing",
			[]string{"Research customer needs in the market", "Reposition the product", "Step up promotion"},
			[]string{"Chen Jing", "Product team", "Marketing"},
			"Customer research finished: 24 interviews, price and service response matter more than features. " +
				"New positioning drafted, not yet launched. Q2 sales are not in until early July, so no effect can be judged yet.",
		},
		{
			"Weak customer development: 40 new customers in Q1 against 50 planned",
			"New sales staff lack prospecting skills; the prospecting budget ran out in February.",
			"Train the sales team and put more resources into customer development.",
			"Zhao Lei",
			[]string{"Train the sales team in prospecting", "Add budget for customer development"},
			[]string{"Zhao Lei", "Finance"},
			"Two training days held on 20–21 April with all eight sales staff. The extra budget is still awaiting approval. " +
				"The pipeline looks busier, but new active customers are counted per quarter: too early to tell.",
		},
		{
			"Strong competition: market share 8% in Q1 against 10% planned",
			"Two competitors cut prices and launched new models; our product lags on features.",
			"Study the competitors, then refine the competitive strategy and the product.",
			"Liu Yang",
			[]string{"Research the competitors' prices and products", "Refine the competitive strategy and improve the product"},
			[]string{"Liu Yang", "Management"},
			"Competitor study done and shared with management. Strategy and product changes are under discussion. " +
				"The Q2 industry report comes out in July; until then we have no share figure to judge by.",
		},
	},
	"zh": {
		{
			"销售额低于计划：一季度实际800万元，计划1000万元（−20%）",
			"市场需求疲软，产品定位与买家需求不再匹配。",
			"加强市场调研，重新定位产品，加大推广力度。",
			"陈静",
			[]string{"加强市场调研，了解客户需求", "调整产品定位", "加大推广力度"},
			[]string{"陈静", "产品部", "市场部"},
			"客户调研已完成：访谈24家客户，价格和服务响应比功能更重要。新的产品定位已起草，尚未推出。" +
				"二季度销售数据要到7月初才有，目前还无法判断效果。",
		},
		{
			"客户开发不力：一季度新增客户40家，计划50家",
			"新销售人员缺乏开发客户的技能，开发预算在二月已经用完。",
			"加强销售团队培训，增加客户开发资源投入。",
			"赵磊",
			[]string{"开展销售团队客户开发培训", "增加客户开发预算"},
			[]string{"赵磊", "财务部"},
			"4月20日至21日为全部8名销售人员进行了两天培训。追加预算仍在审批中。" +
				"销售线索有所增加，但新增活跃客户按季度统计，现在判断为时尚早。",
		},
		{
			"竞争激烈：一季度市场占有率8%，计划10%",
			"两家竞争对手降价并推出新型号，我们的产品功能落后。",
			"研究竞争对手，完善竞争策略，改进产品。",
			"刘洋",
			[]string{"研究竞争对手的价格和产品", "完善竞争策略并改进产品"},
			[]string{"刘洋", "管理层"},
			"竞争对手研究已完成并提交管理层。竞争策略和产品改进仍在讨论中。" +
				"二季度行业报告7月发布，在此之前没有市场占有率数据可供判断。",
		},
	},
}

// sampleMeasureDue are the measures' deadlines in Q2 2023, by position.
var sampleMeasureDue = [3]app.Date{
	app.NewDate(2023, 4, 30), app.NewDate(2023, 5, 31), app.NewDate(2023, 6, 30),
}

// SampleActions are the seed's three adjustments (its table 4) as action
// plans, in the order of SamplePlan's goals (sales, new customers, market
// share): problem, cause, strategy and measures, each measure with an
// owner and a deadline in Q2 2023, the first one done; started on 15 April
// 2023, due 30 June 2023, in progress and followed up monthly. GoalIDs and
// ReviewID are left for LoadSample, which links each plan to its goal and
// that goal's Q1 2023 review. lang "zh" gives Chinese texts; any other
// gives English.
func SampleActions(lang string) []app.ActionPlan {
	texts, ok := sampleActionTexts[lang]
	if !ok {
		texts = sampleActionTexts["en"]
	}
	out := make([]app.ActionPlan, len(texts))
	for i, t := range texts {
		a := app.ActionPlan{
			Problem: t.problem, Cause: t.cause, Strategy: t.strategy, Owner: t.owner,
			Start: app.NewDate(2023, 4, 15), Due: app.NewDate(2023, 6, 30),
			Status: app.ActionInProgress, FollowUp: app.CadenceMonth,
		}
		for j, m := range t.measures {
			a.Measures = append(a.Measures, app.Measure{Text: m, Owner: t.owners[j], Due: sampleMeasureDue[j], Done: j == 0})
		}
		out[i] = a
	}
	return out
}

// sampleFollowUps are the follow-up notes of SampleActions(lang), one each,
// dated 15 May 2023, in the same order; ActionID is left for LoadSample.
func sampleFollowUps(lang string) []app.FollowUp {
	texts, ok := sampleActionTexts[lang]
	if !ok {
		texts = sampleActionTexts["en"]
	}
	out := make([]app.FollowUp, len(texts))
	for i, t := range texts {
		out[i] = app.FollowUp{Date: app.NewDate(2023, 5, 15), Note: t.followUp}
	}
	return out
}
