package views

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestCheckInFormAsksBeforeDroppingWhatWasTyped closes the check-in form
// with a value and a note typed: Escape asks, Keep editing (or Escape on
// the question) shows the form again as typed, Save on the question saves
// it, and Discard drops it; a form left as it opened closes at once, and an
// edit asks only once something differs from the check-in it opened on.
func TestCheckInFormAsksBeforeDroppingWhatWasTyped(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 4, 5, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	asked := func() fyne.CanvasObject {
		t.Helper()
		top := w.Canvas().Overlays().Top()
		if top == nil || !containsText(top, "closing the check-in drops it") {
			t.Fatal("closing the form with a value typed did not ask first")
		}
		return top
	}

	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	w.Canvas().Focus(f.value.entry)
	test.Type(f.value.entry, "8,000,000")
	f.note.SetText("two big orders")
	f.value.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	test.Tap(findButton(t, asked(), "Keep editing"))
	if !containsText(w.Canvas().Overlays().Top(), "Target:") || f.value.entry.Text != "8,000,000" || f.note.Text != "two big orders" {
		t.Fatalf("Keep editing did not show the form again as typed: %q, %q", f.value.entry.Text, f.note.Text)
	}
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	asked()
	// Escape on the question, where its Keep editing has the focus, keeps
	// editing too.
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !containsText(w.Canvas().Overlays().Top(), "Target:") {
		t.Fatal("Escape on the question did not show the form again")
	}
	if cs := mustCheckIns(t, ui, g.ID); len(cs) != 0 {
		t.Fatalf("the store holds %+v before any Save", cs)
	}
	ui.onEscape()
	test.Tap(findButton(t, asked(), "Save"))
	cs := mustCheckIns(t, ui, g.ID)
	if len(cs) != 1 || cs[0].Value != 8e6 || cs[0].Note != "two big orders" || ui.dialogOpen() {
		t.Fatalf("Save on the question saved %+v, a dialog open: %v", cs, ui.dialogOpen())
	}

	f = newCheckInForm(depsOf[checkInFormStore](ui), g, &cs[0], func() {})
	f.show()
	ui.onEscape()
	if ui.dialogOpen() {
		t.Fatal("closing an edit left as it opened asked")
	}
	f = newCheckInForm(depsOf[checkInFormStore](ui), g, &cs[0], func() {})
	f.show()
	f.value.entry.SetText("9,000,000")
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	test.Tap(findButton(t, asked(), "Discard"))
	if ui.dialogOpen() {
		t.Fatal("Discard left a dialog open")
	}
	if cs := mustCheckIns(t, ui, g.ID); cs[0].Value != 8e6 {
		t.Fatalf("after Discard the check-in holds %v", cs[0].Value)
	}
}

// topSays is the dialog on top of w, failing t unless it says text.
func topSays(t *testing.T, w fyne.Window, text string) fyne.CanvasObject {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil || !containsText(top, text) {
		t.Fatalf("no dialog on top says %q", text)
	}
	return top
}

// TestReplanAsksBeforeDroppingWhatWasTyped cancels a re-plan with a new
// target typed: Keep editing shows it again as typed, Discard closes it
// with the plan as it was; a re-plan left as it opened closes at once.
func TestReplanAsksBeforeDroppingWhatWasTyped(t *testing.T) {
	ui, store, g, paces := seedGoalBehindInQ1(t)
	w := ui.win
	r := newReplanDialog(depsOf[replanStore](ui), paces[0], nil)
	r.show()
	ui.onEscape()
	if ui.dialogOpen() {
		t.Fatal("closing a re-plan left as it opened asked")
	}
	r = newReplanDialog(depsOf[replanStore](ui), paces[0], nil)
	r.show()
	r.mode.SetSelected(r.modes.label(replanTarget))
	r.target.entry.SetText("5000万")
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	test.Tap(findButton(t, topSays(t, w, "closing the re-plan drops it"), "Keep editing"))
	if topSays(t, w, "New plan"); r.target.entry.Text != "5000万" {
		t.Fatalf("Keep editing shows the target %q", r.target.entry.Text)
	}
	if f := w.Canvas().Focused(); f != r.target.entry {
		t.Errorf("after Keep editing the focus is on %v, not the new target", f)
	}
	ui.onEscape()
	test.Tap(findButton(t, topSays(t, w, "closing the re-plan drops it"), "Discard"))
	if ui.dialogOpen() {
		t.Fatal("Discard left a dialog open")
	}
	if revs, _ := store.PlanRevisions(context.Background(), g.ID); len(revs) != 1 {
		t.Fatalf("%d plan revisions after Discard, want the first alone", len(revs))
	}
}

// TestPlanByValueAsksBeforeDroppingWhatWasTyped types a plan by product
// for a quarter, then chooses another quarter: Keep editing goes back to
// the quarter with the plan as typed, Discard shows the other quarter's;
// Cancel with a plan typed asks too, and Save on the question saves it.
func TestPlanByValueAsksBeforeDroppingWhatWasTyped(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "North-America sales")
	importWithProducts(t, store, g)
	d := openDetail(t, ui)
	d.byValue.onPlan()
	e := openPlanEditor(t, d)
	e.period.SetSelectedIndex(0) // nothing typed: no question
	q1, a := e.period.SelectedIndex(), e.fields[slices.Index(e.values, "A")]
	a.entry.SetText("6,000,000")
	e.period.SetSelectedIndex(1)
	test.Tap(findButton(t, topSays(t, w, "choosing another period drops them"), "Keep editing"))
	if e.period.SelectedIndex() != q1 || a.entry.Text != "6,000,000" {
		t.Fatalf("Keep editing shows period %d with %q", e.period.SelectedIndex(), a.entry.Text)
	}
	e.period.SetSelectedIndex(1)
	test.Tap(findButton(t, topSays(t, w, "choosing another period drops them"), "Discard"))
	if e.period.SelectedIndex() != 1 || a.entry.Text != "" {
		t.Fatalf("Discard shows period %d with %q for A", e.period.SelectedIndex(), a.entry.Text)
	}
	e.period.SetSelectedIndex(q1) // nothing typed over the other quarter
	a.entry.SetText("6,000,000")
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	test.Tap(findButton(t, topSays(t, w, "closing the plan by value drops them"), "Keep editing"))
	if f := w.Canvas().Focused(); f != e.fields[0].entry || a.entry.Text != "6,000,000" {
		t.Errorf("after Keep editing the focus is on %v, A holds %q", f, a.entry.Text)
	}
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Cancel"))
	test.Tap(findButton(t, topSays(t, w, "closing the plan by value drops them"), "Save"))
	plans, _ := store.DimensionPlans(context.Background(), g.ID)
	if len(plans) != 1 || plans[0].Value != "A" || plans[0].Amount != 6e6 {
		t.Fatalf("Save on the question saved %+v", plans)
	}
}

// TestClosingTheWindowAsksAboutAFormTyped: the window closed (or another
// file opened) while the check-in form shows a value typed asks first,
// naming the form; Keep editing leaves the form as typed, Discard goes on.
// With nothing typed, or once the form is closed, nothing asks.
func TestClosingTheWindowAsksAboutAFormTyped(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	left := 0
	leave := func() { left++ }

	f := newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	if ui.whenLeavingFile(leave); left != 1 {
		t.Fatal("leaving with the form as it opened asked")
	}
	f.value.entry.SetText("8,000,000")
	ui.whenLeavingFile(leave)
	test.Tap(findButton(t, topSays(t, w, "There are changes not saved in the check-in form."), "Keep editing"))
	if left != 1 || f.value.entry.Text != "8,000,000" || !containsText(w.Canvas().Overlays().Top(), "Target:") {
		t.Fatalf("Keep editing left the file (%d) or the form (%q)", left, f.value.entry.Text)
	}
	ui.whenLeavingFile(leave)
	test.Tap(findButton(t, topSays(t, w, "the check-in form"), "Discard"))
	if left != 2 {
		t.Fatal("Discard did not go on")
	}
	f.guard.hide(f.dialog) // as the window's closing would

	f = newCheckInForm(depsOf[checkInFormStore](ui), g, nil, func() {})
	f.show()
	f.value.entry.SetText("8,000,000")
	f.onSubmit() // saved and closed
	if ui.whenLeavingFile(leave); left != 3 {
		t.Fatal("leaving after the form saved asked")
	}
}

// TestPlanByValueKeepsWhatWasTypedWhenTheFileRefuses: a plan by value the
// file cannot take (here: the store closed under it) says why and shows
// the editor again with the plans as typed.
func TestPlanByValueKeepsWhatWasTypedWhenTheFileRefuses(t *testing.T) {
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "North-America sales")
	importWithProducts(t, store, g)
	d := openDetail(t, ui)
	d.byValue.onPlan()
	e := openPlanEditor(t, d)
	a := e.fields[slices.Index(e.values, "A")]
	a.entry.SetText("6,000,000")
	store.Close()
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Save"))
	if !ui.dialogOpen() || len(ui.dialogs) < 2 || ui.dialogs[len(ui.dialogs)-2].d != e.dialog || a.entry.Text != "6,000,000" {
		t.Fatalf("after the refusal %d dialogs shown, the editor among them: %v, A holds %q",
			len(ui.dialogs), slices.ContainsFunc(ui.dialogs, func(o openDialog) bool { return o.d == e.dialog }), a.entry.Text)
	}
}
