package app

import (
	"math"
	"strings"
)

// DimensionPlan is the owner's plan for one value of a dimension in one
// period of a goal: "2026-Q1 产品 = A: 400,000". Where a value has one,
// Contributors expects it instead of the value's share of last year.
type DimensionPlan struct {
	GoalID    int64
	PeriodKey string
	Dimension string
	Value     string
	Amount    float64
}

// MsgDimensionPlanBad refuses a value's plan without a period or
// dimension, or with an amount that is not a finite number.
const MsgDimensionPlanBad = "A plan by value needs a period, a dimension and a finite amount."

// MsgDimensionPlanTwice refuses a value planned twice in one period.
const MsgDimensionPlanTwice = "{{.Value}} is planned twice."

// Check refuses an incomplete or non-finite plan (EInvalid).
func (p DimensionPlan) Check() error {
	if strings.TrimSpace(p.PeriodKey) == "" || strings.TrimSpace(p.Dimension) == "" ||
		math.IsNaN(p.Amount) || math.IsInf(p.Amount, 0) {
		return Errorf(EInvalid, MsgDimensionPlanBad)
	}
	return nil
}

// PlansFor keeps the plans of one period and dimension.
func PlansFor(plans []DimensionPlan, periodKey, dimension string) []DimensionPlan {
	var out []DimensionPlan
	for _, p := range plans {
		if p.PeriodKey == periodKey && p.Dimension == dimension {
			out = append(out, p)
		}
	}
	return out
}

// PlanRest is what the values' plans leave of the period's plan (plan −
// their sum), worked in units of the goal's last decimal: 0 when they add
// up to it, negative when they ask more.
func PlanRest(plans []DimensionPlan, plan float64, decimals int) float64 {
	scale := math.Pow10(decimals)
	rest := int64(math.Round(plan * scale))
	for _, p := range plans {
		rest -= int64(math.Round(p.Amount * scale))
	}
	return float64(rest) / scale
}
