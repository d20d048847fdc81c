package views

import (
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/data"
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
	kinds        = []data.Kind{data.KindIncrease, data.KindDecrease, data.KindStayAbove, data.KindStayBelow, data.KindMilestone}
	units        = []data.Unit{data.UnitCurrency, data.UnitCount, data.UnitPercent, data.UnitCustom}
	aggregations = []data.Aggregation{data.AggFlow, data.AggLevel}
	perspectives = []data.Perspective{data.PerspectiveFinancial, data.PerspectiveCustomer, data.PerspectiveProcess, data.PerspectiveLearning}
	cadences     = []data.Cadence{data.CadenceWeek, data.CadenceMonth, data.CadenceQuarter}
	planCadences = []data.Cadence{data.CadenceMonth, data.CadenceQuarter}
)

func kindLabel(k data.Kind) string {
	switch k {
	case data.KindIncrease:
		return lang.L("Increase")
	case data.KindDecrease:
		return lang.L("Decrease")
	case data.KindStayAbove:
		return lang.L("Stay at or above")
	case data.KindStayBelow:
		return lang.L("Stay at or below")
	case data.KindMilestone:
		return lang.L("Milestone (done or not)")
	}
	return string(k)
}

func unitLabel(u data.Unit) string {
	switch u {
	case data.UnitCurrency:
		return lang.L("Money")
	case data.UnitCount:
		return lang.L("Count")
	case data.UnitPercent:
		return lang.L("Percent")
	case data.UnitCustom:
		return lang.L("Other unit")
	}
	return string(u)
}

func aggregationLabel(a data.Aggregation) string {
	switch a {
	case data.AggFlow:
		return lang.L("Adds up over periods (sales, new customers)")
	case data.AggLevel:
		return lang.L("A level; the latest value counts (market share)")
	}
	return string(a)
}

func perspectiveLabel(p data.Perspective) string {
	switch p {
	case data.PerspectiveFinancial:
		return lang.L("Financial")
	case data.PerspectiveCustomer:
		return lang.L("Customer")
	case data.PerspectiveProcess:
		return lang.L("Internal process")
	case data.PerspectiveLearning:
		return lang.L("Learning and growth")
	}
	return string(p)
}

func cadenceLabel(c data.Cadence) string {
	switch c {
	case data.CadenceWeek:
		return lang.L("Weekly")
	case data.CadenceMonth:
		return lang.L("Monthly")
	case data.CadenceQuarter:
		return lang.L("Quarterly")
	case data.CadenceHalf:
		return lang.L("Half-yearly")
	case data.CadenceYear:
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
