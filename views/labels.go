package views

import (
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/views/widgets"
)

// choice pairs the values of an enumeration with their translated labels,
// so a Select can show words while the code works with values.
type choice[T comparable] struct {
	values []T
	labels []string
}

// named is a value with the words that name it, for a choice written as a table.
type named[T comparable] struct {
	value T
	label string
}

// choiceOf is the choice over the values given, in order, with their labels.
func choiceOf[T comparable](options ...named[T]) choice[T] {
	var c choice[T]
	for _, o := range options {
		c.values = append(c.values, o.value)
		c.labels = append(c.labels, o.label)
	}
	return c
}

func newChoice[T comparable](values []T, label func(T) string) choice[T] {
	c := choice[T]{values: values}
	for _, v := range values {
		c.labels = append(c.labels, label(v))
	}
	return c
}

// newSelect returns a Select over the choice that calls changed with the value picked.
func (c choice[T]) newSelect(changed func(T)) *widgets.KeySelect {
	return widgets.NewSelect(c.labels, func(label string) {
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

// kindLabel is k's label, translated.
func kindLabel(k app.Kind) string {
	return lang.L(k.Label())
}

// unitLabel is u's label, translated.
func unitLabel(u app.Unit) string {
	return lang.L(u.Label())
}

// aggregationLabel offers a, translated: what it means, for the wizard's
// choice.
func aggregationLabel(a app.Aggregation) string {
	return lang.L(a.Choice())
}

// perspectiveLabel is p's label, translated.
func perspectiveLabel(p app.Perspective) string {
	return lang.L(p.Label())
}

// cadenceLabel is c's label, translated.
func cadenceLabel(c app.Cadence) string {
	return lang.L(c.Label())
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

// statusLabel is s's label, translated.
func statusLabel(s app.Status) string {
	return lang.L(s.Label())
}

// actionStatusLabel is s's label, translated.
func actionStatusLabel(s app.ActionStatus) string {
	return lang.L(s.Label())
}
