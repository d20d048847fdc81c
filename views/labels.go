package views

import (
	"fyne.io/fyne/v2/lang"

	"pacer/app"
)

// choice pairs the values of an enumeration with their translated labels,
// so a Select can show words while the code works with values.
type choice[T comparable] struct {
	values []T
	labels []string
}

func newChoice[T comparable](values []T, label func(T) string) choice[T] {
	c := choice[T]{values: values}
	for _, v := range values {
		c.labels = append(c.labels, label(v))
	}
	return c
}

// newSelect returns a Select over the choice that calls changed with the value picked.
func (c choice[T]) newSelect(changed func(T)) *keySelect {
	return newSelect(c.labels, func(label string) {
		if v, ok := c.value(label); ok && changed != nil {
			changed(v)
		}
	})
}

func (c choice[T]) value(label string) (T, bool) {
	for i, l := range c.labels {
		if l == label {
			return c.values[i], true
		}
	}
	var zero T
	return zero, false
}

func (c choice[T]) label(v T) string {
	for i, x := range c.values {
		if x == v {
			return c.labels[i]
		}
	}
	return ""
}

var (
	kinds        = []app.Kind{app.KindIncrease, app.KindDecrease, app.KindStayAbove, app.KindStayBelow, app.KindMilestone}
	units        = []app.Unit{app.UnitCurrency, app.UnitCount, app.UnitPercent, app.UnitCustom}
	aggregations = []app.Aggregation{app.AggFlow, app.AggLevel}
	perspectives = []app.Perspective{app.PerspectiveFinancial, app.PerspectiveCustomer, app.PerspectiveProcess, app.PerspectiveLearning}
	cadences     = []app.Cadence{app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter}
	planCadences = []app.Cadence{app.CadenceMonth, app.CadenceQuarter}
)

func kindLabel(k app.Kind) string {
	switch k {
	case app.KindIncrease:
		return lang.L("Increase")
	case app.KindDecrease:
		return lang.L("Decrease")
	case app.KindStayAbove:
		return lang.L("Stay at or above")
	case app.KindStayBelow:
		return lang.L("Stay at or below")
	case app.KindMilestone:
		return lang.L("Milestone (done or not)")
	}
	return string(k)
}

func unitLabel(u app.Unit) string {
	switch u {
	case app.UnitCurrency:
		return lang.L("Money")
	case app.UnitCount:
		return lang.L("Count")
	case app.UnitPercent:
		return lang.L("Percent")
	case app.UnitCustom:
		return lang.L("Other unit")
	}
	return string(u)
}

func aggregationLabel(a app.Aggregation) string {
	switch a {
	case app.AggFlow:
		return lang.L("Adds up over periods (sales, new customers)")
	case app.AggLevel:
		return lang.L("A level; the latest value counts (market share)")
	}
	return string(a)
}

func perspectiveLabel(p app.Perspective) string {
	switch p {
	case app.PerspectiveFinancial:
		return lang.L("Financial")
	case app.PerspectiveCustomer:
		return lang.L("Customer")
	case app.PerspectiveProcess:
		return lang.L("Internal process")
	case app.PerspectiveLearning:
		return lang.L("Learning and growth")
	}
	return string(p)
}

func cadenceLabel(c app.Cadence) string {
	switch c {
	case app.CadenceWeek:
		return lang.L("Weekly")
	case app.CadenceMonth:
		return lang.L("Monthly")
	case app.CadenceQuarter:
		return lang.L("Quarterly")
	case app.CadenceHalf:
		return lang.L("Half-yearly")
	case app.CadenceYear:
		return lang.L("Yearly")
	}
	return string(c)
}

func templateName(id string) string {
	switch id {
	case "blank":
		return lang.L("Blank goal")
	case "sales_growth":
		return lang.L("Sales growth")
	case "new_customers":
		return lang.L("New customers")
	case "market_share":
		return lang.L("Market share")
	case "gross_margin":
		return lang.L("Gross margin")
	case "customer_retention":
		return lang.L("Customer retention")
	case "cost_reduction":
		return lang.L("Cost reduction")
	}
	return id
}

func statusLabel(s app.Status) string {
	switch s {
	case app.StatusOnTrack:
		return lang.L("On track")
	case app.StatusAtRisk:
		return lang.L("At risk")
	case app.StatusOffTrack:
		return lang.L("Off track")
	case app.StatusNoData:
		return lang.L("No data yet")
	case app.StatusAchieved:
		return lang.L("Achieved")
	case app.StatusPartial:
		return lang.L("Partly achieved")
	case app.StatusMissed:
		return lang.L("Missed")
	}
	return string(s)
}
