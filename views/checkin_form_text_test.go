package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
)

// TestCheckInNoteWraps: the form's note is typed in lines that wrap its
// words, several of them in sight; on one line a note scrolled sideways.
func TestCheckInNoteWraps(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	c := saveNotedCheckIn(t, store, g)
	for _, editing := range []*app.CheckIn{nil, &c} {
		f := newCheckInForm(depsOf[checkInFormStore](ui), g, editing, nil)
		f.show()
		if !f.note.MultiLine || f.note.Wrapping != fyne.TextWrapWord {
			t.Errorf("editing %v: the note is multi-line %v, wraps %v", editing != nil, f.note.MultiLine, f.note.Wrapping)
		}
		if lines := f.note.MinSize().Height / widget.NewLabel("Ag").MinSize().Height; lines < 2 {
			t.Errorf("editing %v: the note shows about %.1f lines", editing != nil, lines)
		}
		f.guard.hide(f.dialog)
	}
}

// TestAmountHintInItsLanguage: an amount's hint is English in English
// ("e.g. 1,234.5"), and keeps its 万 example in Chinese only; a goal of
// whole amounts hints a whole number, which it accepts (it hinted
// 1,234.5 and then refused it).
func TestAmountHintInItsLanguage(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	cents := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCurrency, Decimals: 2}
	whole := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCurrency}
	share := app.Goal{Kind: app.KindIncrease, Unit: app.UnitPercent}
	cases := []struct {
		language string
		g        app.Goal
		want     string
	}{
		{"en", cents, "e.g. 1,234.5"},
		{"zh", cents, "如 1,234.5 / 800万"},
		{"en", whole, "e.g. 1,234"},
		{"zh", whole, "如 1,234 / 800万"},
		{"en", share, "e.g. 8%"},
	}
	for _, c := range cases {
		useLanguage(t, c.language)
		if got := valueExample(c.g, notation.NumberFormat{}); got != c.want {
			t.Errorf("%s, %d decimals: the hint reads %q, want %q", c.language, c.g.Decimals, got, c.want)
		}
		if c.g.Unit == app.UnitCurrency {
			typed := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(c.want, "e.g. "), "如 "))[0]
			v, err := notation.ParseNumber(typed, notation.NumberFormat{})
			if err == nil {
				_, err = app.RoundTo(v, c.g.Decimals)
			}
			if err != nil {
				t.Errorf("%s: the hint's %q is refused: %v", c.language, typed, err)
			}
		}
	}
}

// TestBulkAmountHintInEnglish: Bulk check-in's value fields hint in
// English only, in the English interface, a whole number for the seed
// goal's whole amounts.
func TestBulkAmountHintInEnglish(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "en")
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	bulk := newBulkCheckIn(depsOf[bulkStore](ui), nil)
	bulk.show()
	if hint := bulk.rows.item(0).value.entry.PlaceHolder; hint != "e.g. 1,234" {
		t.Errorf("the value's hint reads %q", hint)
	}
}
