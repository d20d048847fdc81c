package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"pacer/app"
)

// TestNotANumberProposesAValueTheGoalTakes: a check-in of a goal counting
// whole customers typed "twelve" was answered "Type a number such as
// 1,234.5.", and 1,234.5 typed then was refused for its decimal. The
// example has the decimals the goal keeps, in the form, bulk entry and
// the wizard's cells (parseAmountOf), in English and Chinese.
func TestNotANumberProposesAValueTheGoalTakes(t *testing.T) {
	for _, language := range []string{"en", "zh"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { useLanguage(t, "en") })
			useLanguage(t, language)
			ui, _, store := newStoreUI(t)
			g := app.Goal{Title: "New customers 2023", Perspective: app.PerspectiveCustomer, Kind: app.KindIncrease,
				Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 40, Start: app.NewDate(2023, 1, 1),
				End: app.NewDate(2023, 12, 31), Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
			if err := store.CreateGoal(context.Background(), &g); err != nil {
				t.Fatal(err)
			}
			f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
			f.show()
			f.value.entry.SetText("twelve")
			f.onSave()
			msg := f.value.msg.Text
			if !strings.Contains(msg, "1,234") || strings.Contains(msg, "1,234.5") {
				t.Errorf("a goal of whole customers is told %q", msg)
			}
			if _, err := parseAmountOf("twelve", ui.numberFormat(), g); err == nil || strings.Contains(errorText(err), "1,234.5") {
				t.Errorf("bulk entry and the wizard say %v", err)
			}
			g.Unit, g.UnitLabel, g.Decimals = app.UnitCurrency, "CNY", 2
			if _, err := parseAmountOf("twelve", ui.numberFormat(), g); err == nil || !strings.Contains(errorText(err), "1,234.5") {
				t.Errorf("a goal kept to the cent is told %v", err)
			}
		})
	}
}

// TestValueFieldsOfAGoalProposeItsDecimals: the re-plan's new target, as
// the check-in form, answers text that is no number with an example at
// the goal's decimals; so does any field that reads a goal's values
// (readsValuesOf, the plan by value's too).
func TestValueFieldsOfAGoalProposeItsDecimals(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	g := app.Goal{Title: "New customers 2023", Perspective: app.PerspectiveCustomer, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 40, Start: app.NewDate(2023, 1, 1),
		End: app.NewDate(2023, 12, 31), Cadence: app.CadenceQuarter, PlanBy: app.CadenceQuarter}
	if err := store.CreateGoal(context.Background(), &g); err != nil {
		t.Fatal(err)
	}
	paces, err := loadWholePaces(ui, ui.deps.Store)
	if err != nil || len(paces) != 1 {
		t.Fatal(err, len(paces))
	}
	r := newReplanDialog(depsOf[replanStore](ui), paces[0], nil)
	r.show()
	r.mode.SetSelected(r.modes.label(replanTarget))
	r.target.entry.SetText("twelve")
	r.target.value()
	if msg := r.target.msg.Text; !strings.Contains(msg, "1,234") || strings.Contains(msg, "1,234.5") {
		t.Errorf("the new target of a goal of whole customers is told %q", msg)
	}
	g.Unit, g.UnitLabel, g.Decimals = app.UnitCurrency, "CNY", 2
	f := newNumberField("", nil)
	f.readsValuesOf(g, ui.numberFormat())
	f.entry.SetText("twelve")
	f.value()
	if msg := f.msg.Text; !strings.Contains(msg, "1,234.5") {
		t.Errorf("a field of a goal kept to the cent is told %q", msg)
	}
	f.entry.SetText("USD 5")
	if _, _, err := f.value(); err == nil {
		t.Error("an amount in dollars passed for a goal in yuan")
	}
}
