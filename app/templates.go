package app

// Template is a starting point for a new goal: the settings that follow
// from what is measured. The UI shows its name and description translated
// by ID.
type Template struct {
	// ID is stable: the UI's translation keys and saved preferences use it.
	ID          string
	Kind        Kind
	Unit        Unit
	Aggregation Aggregation
	Decimals    int
	Perspective Perspective
	// Cadence is both the check-in cadence and the period the plan is
	// split into.
	Cadence   Cadence
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
		{TemplateBlank, KindIncrease, UnitCount, AggFlow, 0, "", CadenceMonth, ""},
		{TemplateSalesGrowth, KindIncrease, UnitCurrency, AggFlow, 0, PerspectiveFinancial, CadenceQuarter, "CNY"},
		{TemplateNewCustomers, KindIncrease, UnitCount, AggFlow, 0, PerspectiveCustomer, CadenceQuarter, ""},
		{TemplateMarketShare, KindIncrease, UnitPercent, AggLevel, 1, PerspectiveCustomer, CadenceQuarter, ""},
		{TemplateGrossMargin, KindIncrease, UnitPercent, AggLevel, 1, PerspectiveFinancial, CadenceMonth, ""},
		{TemplateCustomerRetention, KindIncrease, UnitPercent, AggLevel, 1, PerspectiveCustomer, CadenceQuarter, ""},
		{TemplateCostReduction, KindDecrease, UnitCurrency, AggFlow, 0, PerspectiveFinancial, CadenceMonth, "CNY"},
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
func (t Template) Apply(g *Goal) {
	g.Kind = t.Kind
	g.Unit = t.Unit
	g.UnitLabel = t.UnitLabel
	g.Aggregation = t.Aggregation
	g.Decimals = t.Decimals
	g.Perspective = t.Perspective
	g.Cadence = t.Cadence
	g.PlanBy = t.Cadence
}
