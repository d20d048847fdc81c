package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestCheckInFormSaysWhatAMagnitudeReadsAs: a value typed with 万, 亿 or
// k is said in full under the field as it is typed ("850,000" for 85万),
// so that 万 typed for 千 shows before it is saved; one in figures alone,
// or one that is no number, says nothing of it, and a decimal the goal
// does not keep shows rather than being rounded away.
func TestCheckInFormSaysWhatAMagnitudeReadsAs(t *testing.T) {
	ui, _, store := newStoreUI(t)
	f := shownCheckInForm(t, ui, saveSeedGoal(t, store, "Sales 2023"), "Target: CN¥60,000,000 · plan for 2023-Q1: CN¥10,000,000")
	for _, c := range []struct{ typed, reads string }{
		{"85万", "Reads as CN¥850,000"},
		{"1.2亿元", "Reads as CN¥120,000,000"},
		{"850,000", ""},
		{"12k", "Reads as CN¥12,000"},
		{"85万x", ""},
		{"1.23456万", "Reads as CN¥12,345.6"},
		{"", ""},
	} {
		f.value.entry.SetText("")
		test.Type(f.value.entry, c.typed)
		shown := ""
		if !f.value.reads.Hidden {
			shown = f.value.reads.Text
		}
		if shown != c.reads {
			t.Errorf("%q: says %q under the field, want %q", c.typed, shown, c.reads)
		}
	}
}

// TestCountFormSaysWhatAMagnitudeReadsAs: the form of a count with a unit
// name, its name beside the field, lays out the line under the field too.
func TestCountFormSaysWhatAMagnitudeReadsAs(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveCountGoal(t, store, "customers")
	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, nil)
	f.show()
	test.Type(f.value.entry, "1.2万")
	if f.value.reads.Hidden || f.value.reads.Text != "Reads as 12,000 customers" || !showsText(f.object(), f.value.reads.Text) {
		t.Fatalf("the line %q is not in the form", f.value.reads.Text)
	}
}
