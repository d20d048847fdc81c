package app

import "slices"

// The English labels of the model's coded values. Each label is also the
// key its translation is found by: the screens pass it through lang.L,
// the exports and the report through the translator they are given, so
// that a goal's kind reads the same on the screen and in a workbook.

var (
	kindLabels = map[Kind]string{
		KindIncrease: "Increase", KindDecrease: "Decrease", KindStayAbove: "Stay at or above",
		KindStayBelow: "Stay at or below", KindMilestone: "Milestone (done or not)",
	}
	unitLabels = map[Unit]string{
		UnitCurrency: "Money", UnitCount: "Count", UnitPercent: "Percent", UnitCustom: "Other unit",
	}
	aggregationLabels = map[Aggregation]string{AggFlow: "Adds up", AggLevel: "Latest value"}
	// aggregationChoices say what each aggregation means, for a choice.
	aggregationChoices = map[Aggregation]string{
		AggFlow:  "Adds up over periods (sales, new customers)",
		AggLevel: "A level; the latest value counts (market share)",
	}
	perspectiveLabels = map[Perspective]string{
		PerspectiveFinancial: "Financial", PerspectiveCustomer: "Customer",
		PerspectiveProcess: "Internal process", PerspectiveLearning: "Learning and growth",
	}
	cadenceLabels = map[Cadence]string{
		CadenceWeek: "Weekly", CadenceMonth: "Monthly", CadenceQuarter: "Quarterly",
		CadenceHalf: "Half-yearly", CadenceYear: "Yearly",
	}
	statusLabels = map[Status]string{
		StatusOnTrack: "On track", StatusAtRisk: "At risk", StatusOffTrack: "Off track", StatusNoData: "No data yet",
		StatusAchieved: "Achieved", StatusPartial: "Partly achieved", StatusMissed: "Missed",
		StatusNotReported: "Not checked in",
	}
	actionStatusLabels = map[ActionStatus]string{
		ActionPlanned: "Planned", ActionInProgress: "In progress", ActionDone: "Done", ActionDropped: "Dropped",
	}
	causeLabels = map[string]string{
		"market_demand": "Market demand", "customer_development": "Customer development", "competition": "Competition",
		"pricing": "Pricing", "product": "Product", "execution": "Execution", "external": "External factors",
		"other": "Other cause",
	}
)

// CauseCategories are the cause categories a gap analysis can name
// (Review.CauseCategory), in the order they are offered; "" is none yet.
var CauseCategories = []string{
	"market_demand", "customer_development", "competition", "pricing",
	"product", "execution", "external", "other",
}

// label is m[k], or the code itself for a value m does not know.
func label[K ~string](m map[K]string, k K) string {
	if s, ok := m[k]; ok {
		return s
	}
	return string(k)
}

// Label is the English name of the kind ("Stay at or above").
func (k Kind) Label() string { return label(kindLabels, k) }

// Label is the English name of the unit ("Money").
func (u Unit) Label() string { return label(unitLabels, u) }

// Label is the short English name of the aggregation ("Adds up").
func (a Aggregation) Label() string { return label(aggregationLabels, a) }

// Choice is the English sentence offering the aggregation in a choice,
// with what it means ("Adds up over periods (sales, new customers)").
func (a Aggregation) Choice() string { return label(aggregationChoices, a) }

// Label is the English name of the perspective ("Internal process").
func (p Perspective) Label() string { return label(perspectiveLabels, p) }

// Label is the English name of the cadence ("Quarterly").
func (c Cadence) Label() string { return label(cadenceLabels, c) }

// Label is the English name of the status ("Off track").
func (s Status) Label() string { return label(statusLabels, s) }

// Label is the English name of the action status ("In progress").
func (s ActionStatus) Label() string { return label(actionStatusLabels, s) }

// CauseLabel is the English name of a cause category ("Market demand"),
// "" for none and the code itself for one it does not know.
func CauseLabel(category string) string { return label(causeLabels, category) }

// Labels lists every English label above, so that a test can check each
// one has a translation.
func Labels() []string {
	var out []string
	add := func(m map[string]string) {
		for _, s := range m {
			out = append(out, s)
		}
	}
	add(stringKeyed(kindLabels))
	add(stringKeyed(unitLabels))
	add(stringKeyed(aggregationLabels))
	add(stringKeyed(aggregationChoices))
	add(stringKeyed(perspectiveLabels))
	add(stringKeyed(cadenceLabels))
	add(stringKeyed(statusLabels))
	add(stringKeyed(actionStatusLabels))
	add(causeLabels)
	slices.Sort(out)
	return slices.Compact(out)
}

func stringKeyed[K ~string](m map[K]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[string(k)] = v
	}
	return out
}
