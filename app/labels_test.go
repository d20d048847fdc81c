package app

import (
	"slices"
	"testing"
)

// TestLabels checks that every coded value of the model has an English
// label of its own, and that Labels lists each of them once.
func TestLabels(t *testing.T) {
	var got []string
	check := func(code, label string) {
		t.Helper()
		if label == "" || label == code {
			t.Errorf("%q has no label", code)
		}
		got = append(got, label)
	}
	for _, k := range []Kind{KindIncrease, KindDecrease, KindStayAbove, KindStayBelow, KindMilestone} {
		check(string(k), k.Label())
	}
	for _, u := range []Unit{UnitCurrency, UnitCount, UnitPercent, UnitCustom} {
		check(string(u), u.Label())
	}
	for _, a := range []Aggregation{AggFlow, AggLevel} {
		check(string(a), a.Label())
		check(string(a), a.Choice())
	}
	for _, p := range []Perspective{PerspectiveFinancial, PerspectiveCustomer, PerspectiveProcess, PerspectiveLearning} {
		check(string(p), p.Label())
	}
	for _, c := range []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear} {
		check(string(c), c.Label())
	}
	for _, s := range []Status{StatusOnTrack, StatusAtRisk, StatusOffTrack, StatusNoData, StatusAchieved, StatusPartial, StatusMissed, StatusNotReported} {
		check(string(s), s.Label())
	}
	for _, s := range []ActionStatus{ActionPlanned, ActionInProgress, ActionDone, ActionDropped} {
		check(string(s), s.Label())
	}
	for _, c := range CauseCategories {
		check(c, CauseLabel(c))
	}
	slices.Sort(got)
	if want := slices.Compact(got); !slices.Equal(Labels(), want) {
		t.Errorf("Labels() = %q\nwant %q", Labels(), want)
	}
	if CauseLabel("") != "" || Kind("odd").Label() != "odd" {
		t.Error("no cause, or an unknown kind, should keep its code")
	}
}
