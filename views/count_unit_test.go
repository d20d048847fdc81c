package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/data"
)

// longCountUnit is a count's unit name longer than any figure's column.
const longCountUnit = "new active distributor accounts in North America"

// saveCountGoal saves a goal that counts in unit, 50 a quarter of 2023 to
// 200.
func saveCountGoal(t *testing.T, store *data.Store, unit string) app.Goal {
	t.Helper()
	g := app.Goal{Title: "Win 200 customers", Perspective: app.PerspectiveCustomer, Kind: app.KindIncrease,
		Unit: app.UnitCount, UnitLabel: unit, Aggregation: app.AggFlow, Target: 200,
		Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31), Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	var plan []app.PeriodTarget
	for _, q := range []string{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"} {
		plan = append(plan, app.PeriodTarget{PeriodKey: q, Target: 50})
	}
	if err := store.SaveGoalSetup(context.Background(), app.GoalSetup{Goal: &g, Plan: plan}); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCountFiguresNameTheirUnit: a count's unit name, typed in the wizard,
// follows its figures where each is read alone, in English and Chinese:
// the dashboard card's, the goal detail's facts (the actual once, before
// the target that names it), the outlook's projected end; the needs listed
// by period do not repeat it. Before, "customers" was shown nowhere.
func TestCountFiguresNameTheirUnit(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	customers := paceOf(t, sampleDashboard(t), "customers")
	for _, tc := range []struct {
		language, unit string
		figures        []string
		facts, outlook string
	}{
		{"en", "customers", []string{"Actual40 customers", "Target200 customers", "Expected by now50 customers"},
			"40 of 200 customers · expected 50 customers by now", "Projected end: 160 customers (80% of target) · needs Q2 53, "},
		{"zh", "订单", []string{"实际40 订单", "目标值200 订单", "目前应达50 订单"},
			"40 / 200 订单 · 目前应达 50 订单", "预计期末：160 订单（"},
	} {
		useLanguage(t, tc.language)
		p := customers
		p.Goal.UnitLabel = tc.unit
		card := newPaceCard().(*paceCard)
		card.set(p)
		for i, want := range tc.figures {
			if got := richText(card.figures[i]); got != want {
				t.Errorf("%s: figure %d reads %q, want %q", tc.language, i, got, want)
			}
		}
		if got := paceFacts(p); !strings.HasPrefix(got, tc.facts) {
			t.Errorf("%s: facts %q, want them to begin %q", tc.language, got, tc.facts)
		}
		if got := paceOutlook(p); !strings.HasPrefix(got, tc.outlook) || strings.Count(got, tc.unit) != 1 {
			t.Errorf("%s: outlook %q, want it to begin %q and name %q once", tc.language, got, tc.outlook, tc.unit)
		}
	}
}

// TestLongCountUnitKeepsTheCardsWidth: a long unit name is cut short in
// the card's figures rather than widening the card past the window.
func TestLongCountUnitKeepsTheCardsWidth(t *testing.T) {
	p := paceOf(t, sampleDashboard(t), "customers")
	plain := newPaceCard().(*paceCard)
	plain.set(p)
	p.Goal.UnitLabel = longCountUnit
	long := newPaceCard().(*paceCard)
	long.set(p)
	w := test.NewWindow(long)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(860, long.MinSize().Height+10))
	if long.MinSize().Width > plain.MinSize().Width {
		t.Errorf("a long unit name widens the card from %v to %v", plain.MinSize().Width, long.MinSize().Width)
	}
	if got := richText(long.figures[1]); got != "Target200 "+longCountUnit {
		t.Errorf("the target reads %q", got)
	}
}

// TestCheckInFormNamesTheCountsUnit: the check-in form of a count says
// its target and the period's plan with the unit name, and has the name
// beside the value typed; a long name is cut short there, within the
// form's width. A money goal's field has nothing beside it.
func TestCheckInFormNamesTheCountsUnit(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveCountGoal(t, store, "customers")
	f := shownCheckInForm(t, ui, g, "Target: 200 customers · plan for 2023-Q1: 50 customers")
	if f.unit == nil || f.unit.Text != "customers" || !f.unit.Visible() {
		t.Errorf("no unit name beside the value: %v", f.unit)
	}

	g.UnitLabel = longCountUnit
	long := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	if width := long.object().MinSize().Width; width > 480 {
		t.Errorf("a long unit name makes the form %v wide", width)
	}

	money := newCheckInForm(depsOf[checkInFormStore](ui), saveSeedGoal(t, store, "Sales 2023"), nil, nil)
	money.object()
	if money.unit != nil {
		t.Errorf("a money goal's value has %q beside it", money.unit.Text)
	}
}

// TestReviewAndCheckInsNameTheCountsUnit: the review's line of a count's
// period and a check-in of it in the history name the unit of its
// figures; the gap, beside them, does not repeat it.
func TestReviewAndCheckInsNameTheCountsUnit(t *testing.T) {
	s := sampleReviewUI(t)
	r := s.rows[1]
	if r.Goal.Unit != app.UnitCount {
		t.Fatalf("row 1 is %q, not the customers count", r.Goal.Title)
	}
	r.Goal.UnitLabel = "customers"
	if got, want := reviewPlanLine(r), "Expected 50 customers · actual 40 customers · gap −10 (−20.0%)"; !strings.HasPrefix(got, want) {
		t.Errorf("review line %q, want %q", got, want)
	}
	if got := checkInValueText(r.Goal, 45); got != "45 customers" {
		t.Errorf("a check-in reads %q", got)
	}
	if got := cellValueText(r.Goal, 45); got != "45" {
		t.Errorf("a cell of the goal's table reads %q", got)
	}
}

// TestCurrencyFilledForMoneyLeftWithIt: the currency the wizard filled in
// for money is emptied when the unit becomes a count, which would read
// "40 CNY".
func TestCurrencyFilledForMoneyLeftWithIt(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	m := stepOf[*measureStep](wiz)
	m.unitLabel.SetText("")
	m.unit.SetSelected(m.units.label(app.UnitCurrency))
	if m.unitLabel.Text == "" {
		t.Fatal("money was given no currency")
	}
	m.unit.SetSelected(m.units.label(app.UnitCount))
	if m.unitLabel.Text != "" {
		t.Errorf("the count kept money's %q as its unit name", m.unitLabel.Text)
	}
}
