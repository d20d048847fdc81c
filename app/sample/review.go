package sample

import (
	"pacer/app"
)

// sampleCauses are the seed's Q1 2023 gap analyses (its table 3), in the
// order sales, new customers, market share.
var sampleCauses = [3]string{"market_demand", "customer_development", "competition"}

// sampleReviewText is one gap analysis in one language.
type sampleReviewText struct {
	cause, feedback string
	measures        [3]string // an empty one is left out
	owners          [3]string
}

var sampleReviewTexts = map[string][3]sampleReviewText{
	"en": {
		{"Below plan: market demand was weak in Q1.",
			"Distributors report customers delaying orders; the product's positioning no longer matches what buyers ask for.",
			[3]string{"Research customer needs in the market", "Reposition the product", "Step up promotion"},
			[3]string{"Chen Jing", "Product team", "Marketing"}},
		{"Below plan: customer development was weak.",
			"New sales staff lack prospecting skills and the prospecting budget ran out in February.",
			[3]string{"Train the sales team", "Put more resources into customer development", ""},
			[3]string{"Zhao Lei", "Finance", ""}},
		{"Below plan: competitors were strong.",
			"Two competitors cut prices and launched new models in the quarter.",
			[3]string{"Study the competitors", "Refine the competitive strategy", "Improve the product"},
			[3]string{"Liu Yang", "Management", "Product team"}},
	},
	"zh": {
		{"低于预期：一季度市场需求疲软。",
			"经销商反映客户推迟下单；产品定位与买家需求不再匹配。",
			[3]string{"加强市场调研，了解客户需求", "调整产品定位", "加大推广力度"},
			[3]string{"陈静", "产品部", "市场部"}},
		{"低于预期：客户开发不力。",
			"新销售人员缺乏开发客户的技能，开发预算在二月已经用完。",
			[3]string{"加强销售团队培训", "增加客户开发资源投入", ""},
			[3]string{"赵磊", "财务部", ""}},
		{"低于预期：竞争对手强劲。",
			"两家竞争对手在本季度降价并推出新型号。",
			[3]string{"研究竞争对手", "调整竞争策略", "提升产品质量"},
			[3]string{"刘洋", "管理层", "产品部"}},
	},
}

// sampleDeadlines are the measures' deadlines, one per measure.
var sampleDeadlines = [3]app.Date{
	app.NewDate(2023, 4, 30), app.NewDate(2023, 5, 31), app.NewDate(2023, 6, 30),
}

// sampleReview is the Q1 2023 gap analysis of sample goal i (0–2) in lang.
func sampleReview(lang string, i int) app.Review {
	texts, ok := sampleReviewTexts[lang]
	if !ok {
		texts = sampleReviewTexts["en"]
	}
	t := texts[i]
	r := app.Review{PeriodKey: "2023-Q1", CauseCategory: sampleCauses[i], CauseText: t.cause, TeamFeedback: t.feedback}
	for j, m := range t.measures {
		if m != "" {
			r.Measures = append(r.Measures, app.Measure{Text: m, Owner: t.owners[j], Due: sampleDeadlines[j]})
		}
	}
	return r
}
