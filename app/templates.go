package app

import "pacer/data"

// Template is a starting point for a new goal: the settings that follow
// from what is measured. The UI shows its name and description translated
// by ID.
type Template struct {
	// ID is stable: the UI's translation keys and saved preferences use it.
	ID          string
	Kind        data.Kind
	Unit        data.Unit
	Aggregation data.Aggregation
	Decimals    int
	Perspective data.Perspective
	// Cadence is both the check-in cadence and the period the plan is
	// split into.
	Cadence   data.Cadence
	UnitLabel string
}

// The template IDs.
const (
	TemplateBlank             = "blank"
	TemplateSalesGrowth       = "sales_growth"
	TemplateNewCustomers      = "new_customers"
	TemplateMarketShare       = "market_share"
	TemplateGrossMargin       = "gross_margin"
	TemplateCustomerRetention = "customer_retention"
	TemplateCostReduction     = "cost_reduction"
)

// Templates lists the goal templates in the order the wizard offers them.
// Blank leaves the perspective empty, so that the SMART check asks for one.
// Quarterly cadences follow the source's examples ("every quarter at least
// +5%", "at least 50 new customers each quarter"); margins and costs are
// booked monthly.
func Templates() []Template {
	return []Template{
		{TemplateBlank, data.KindIncrease, data.UnitCount, data.AggFlow, 0, "", data.CadenceMonth, ""},
		{TemplateSalesGrowth, data.KindIncrease, data.UnitCurrency, data.AggFlow, 0, data.PerspectiveFinancial, data.CadenceQuarter, "CNY"},
		{TemplateNewCustomers, data.KindIncrease, data.UnitCount, data.AggFlow, 0, data.PerspectiveCustomer, data.CadenceQuarter, ""},
		{TemplateMarketShare, data.KindIncrease, data.UnitPercent, data.AggLevel, 1, data.PerspectiveCustomer, data.CadenceQuarter, ""},
		{TemplateGrossMargin, data.KindIncrease, data.UnitPercent, data.AggLevel, 1, data.PerspectiveFinancial, data.CadenceMonth, ""},
		{TemplateCustomerRetention, data.KindIncrease, data.UnitPercent, data.AggLevel, 1, data.PerspectiveCustomer, data.CadenceQuarter, ""},
		{TemplateCostReduction, data.KindDecrease, data.UnitCurrency, data.AggFlow, 0, data.PerspectiveFinancial, data.CadenceMonth, "CNY"},
	}
}

// TemplateByID is the template with id; ok is false when there is none.
func TemplateByID(id string) (t Template, ok bool) {
	for _, t := range Templates() {
		if t.ID == id {
			return t, true
		}
	}
	return Template{}, false
}

// Apply sets g's kind, unit, unit label, aggregation, decimals,
// perspective, cadence and plan cadence (PlanBy) to the template's, and
// leaves every other field (title, values, dates) as it is.
func (t Template) Apply(g *data.Goal) {
	g.Kind = t.Kind
	g.Unit = t.Unit
	g.UnitLabel = t.UnitLabel
	g.Aggregation = t.Aggregation
	g.Decimals = t.Decimals
	g.Perspective = t.Perspective
	g.Cadence = t.Cadence
	g.PlanBy = t.Cadence
}
