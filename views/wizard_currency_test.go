package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
)

// TestWizardRefusesAnotherCurrency: on a goal in USD, a baseline or a
// target typed in euros is refused beside its field, as a check-in or a
// plan cell is; both were saved as that many dollars.
func TestWizardRefusesAnotherCurrency(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	test.Tap(wiz.next)
	stepOf[*specificStep](wiz).titleEntry.SetText("Raise web sales to 60 million in 2027")
	test.Tap(wiz.next)
	m := stepOf[*measureStep](wiz)
	m.unit.SetSelected(m.units.label(app.UnitCurrency))
	m.unitLabel.SetText("USD")
	for _, tt := range []struct{ baseline, target, msg string }{
		{"50,000,000", "EUR 60,000,000", "another currency than the goal's USD"},
		{"€50,000,000", "60,000,000", "another currency than the goal's USD"},
	} {
		m.baseline.entry.SetText(tt.baseline)
		m.target.SetText(tt.target)
		err := m.apply(wiz.draft)
		if err == nil || !strings.Contains(errorText(err), tt.msg) {
			t.Errorf("baseline %q, target %q: %v, want it refused for its currency", tt.baseline, tt.target, err)
		}
	}
	m.baseline.entry.SetText("USD 50,000,000")
	m.target.SetText("+20%")
	if err := m.apply(wiz.draft); err != nil || wiz.draft.goal.Target != 60_000_000 {
		t.Errorf("a baseline in dollars and +20%%: %v, target %v", err, wiz.draft.goal.Target)
	}
}
