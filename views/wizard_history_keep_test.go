package views

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pacer/app"
	"pacer/data"
)

// mixedHistory is the history of a 2023 goal imported from a spreadsheet:
// FY2018 as a year and FY2019 by quarter, both older than the wizard's
// grid (FY2020–FY2022), then FY2020 by month, FY2021 by quarter and FY2022
// by half year. More of its values are months than quarters, so the
// wizard shows months.
func mixedHistory() map[string]float64 {
	h := map[string]float64{"2018": 38e6, "2022-H1": 22e6, "2022-H2": 28e6}
	for q, v := range []float64{9e6, 9.5e6, 10e6, 11e6} {
		h[fmt.Sprintf("2019-Q%d", q+1)] = v
	}
	for m := 1; m <= 12; m++ {
		h[fmt.Sprintf("2020-%02d", m)] = 3.4e6
	}
	for q, v := range []float64{9e6, 10e6, 10.5e6, 12e6} {
		h[fmt.Sprintf("2021-Q%d", q+1)] = v
	}
	return h
}

// historyEdit is a saved goal open in the wizard on its History step.
type historyEdit struct {
	store *data.Store
	goal  app.Goal
	gs    *goalsScreen
	wiz   *goalWizard
	h     *historyStep
	w     fyne.Window
}

// editMixedHistory saves a goal with history and opens it in the wizard
// on the History step.
func editMixedHistory(t *testing.T, history map[string]float64) historyEdit {
	t.Helper()
	ui, w, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales 2023")
	var hs []app.HistoryValue
	for k, v := range history {
		hs = append(hs, app.HistoryValue{GoalID: g.ID, PeriodKey: k, Value: v})
	}
	if err := store.SetHistory(context.Background(), g.ID, hs); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenGoals)
	gs := ui.goals()
	gs.onEdit(*gs.rows[0].goal)
	wiz := gs.wizard
	h := stepOf[*historyStep](wiz)
	for wiz.steps[wiz.step] != wizardStep(h) {
		test.Tap(wiz.next)
	}
	return historyEdit{store, g, gs, wiz, h, w}
}

// save goes on to the last step and saves; the wizard closes.
func (e historyEdit) save(t *testing.T) map[string]float64 {
	t.Helper()
	for e.wiz.step < len(e.wiz.steps)-1 {
		test.Tap(e.wiz.next)
	}
	test.Tap(e.wiz.save)
	if e.gs.wizard != nil {
		t.Fatalf("Save left the wizard open: %+v", e.wiz.report)
	}
	hs, err := e.store.History(context.Background(), e.goal.ID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, h := range hs {
		out[h.PeriodKey] = h.Value
	}
	return out
}

// TestWizardHistoryVisitKeepsEveryStoredValue opens a goal whose history
// mixes cadences and reaches past the grid, shows its History step and
// saves: every stored value is still there, and Cancel would not have
// asked about unsaved changes. FY2021 stored by month as well as by
// quarter keeps both, as its row is left as it was.
func TestWizardHistoryVisitKeepsEveryStoredValue(t *testing.T) {
	both := mixedHistory()
	for m := 1; m <= 12; m++ {
		both[fmt.Sprintf("2021-%02d", m)] = 3.5e6
	}
	for name, history := range map[string]map[string]float64{"Mixed": mixedHistory(), "FY2021Twice": both} {
		t.Run(name, func(t *testing.T) {
			e := editMixedHistory(t, history)
			if e.h.shownBy != app.CadenceMonth || e.h.cells["2020-07"].Text != "3,400,000" {
				t.Fatalf("the grid is by %s, July 2020 reads %q", e.h.shownBy, e.h.cells["2020-07"].Text)
			}
			if e.wiz.edited() {
				t.Error("showing the History step counts as a change")
			}
			if got := e.save(t); !maps.Equal(got, history) {
				t.Errorf("history after a visit:\n%v\nwas:\n%v", got, history)
			}
		})
	}
}

// TestWizardHistoryRetypedSameValueIsNoChange retypes a month of FY2021,
// stored by month and by quarter, as the same value without separators:
// the row still holds what the wizard opened with, so its quarters stay.
func TestWizardHistoryRetypedSameValueIsNoChange(t *testing.T) {
	history := mixedHistory()
	for m := 1; m <= 12; m++ {
		history[fmt.Sprintf("2021-%02d", m)] = 3.5e6
	}
	e := editMixedHistory(t, history)
	e.h.cells["2021-03"].SetText("3500000")
	if got := e.save(t); !maps.Equal(got, history) {
		t.Errorf("history after retyping March 2021 as it was:\n%v\nwas:\n%v", got, history)
	}
}

// TestWizardHistoryTypedYearReplacesItsOtherCadence types FY2020 by
// quarter where months are stored: FY2020 is saved as those quarters only,
// and every other year as it was, FY2022's halves too (its row was left
// empty) and FY2021's quarters (left as they were).
func TestWizardHistoryTypedYearReplacesItsOtherCadence(t *testing.T) {
	e := editMixedHistory(t, mixedHistory())
	e.h.by.SetSelected(cadenceLabel(app.CadenceQuarter))
	fillHistory(t, e.h, map[int][4]string{2020: {"9,000,000", "10,000,000", "10,500,000", "11,000,000"}})
	got := e.save(t)
	want := mixedHistory()
	for m := 1; m <= 12; m++ {
		delete(want, fmt.Sprintf("2020-%02d", m))
	}
	maps.Copy(want, map[string]float64{"2020-Q1": 9e6, "2020-Q2": 10e6, "2020-Q3": 10.5e6, "2020-Q4": 11e6})
	if !maps.Equal(got, want) {
		t.Errorf("history after typing FY2020 by quarter:\n%v\nwant:\n%v", got, want)
	}
}

// TestWizardHistoryNoteSaysWhatIsSaved: the note over the grid names the
// cadence set aside and says it is saved too; values only of a cadence
// "Values by" does not offer get a note of their own.
func TestWizardHistoryNoteSaysWhatIsSaved(t *testing.T) {
	e := editMixedHistory(t, mixedHistory())
	h, w := e.h, e.w
	want := "Values by quarter are not shown here: choose Quarterly above to see them. They are saved too, except for the years you type values in here."
	if !h.asideNote.Visible() || h.asideNote.Text != want || !containsText(w.Canvas().Content(), want) {
		t.Errorf("the note reads %q (shown: %v), want %q", h.asideNote.Text, h.asideNote.Visible(), want)
	}

	halves := map[string]float64{"2021-Q1": 9e6, "2021-Q2": 10e6, "2021-Q3": 10.5e6, "2021-Q4": 12e6, "2022-H1": 22e6, "2022-H2": 28e6}
	h = editMixedHistory(t, halves).h
	want = "Other values recorded for these years are saved too, except for the years you type values in here."
	if h.shownBy != app.CadenceQuarter || !h.asideNote.Visible() || h.asideNote.Text != want {
		t.Errorf("by %s, the note reads %q (shown: %v), want %q", h.shownBy, h.asideNote.Text, h.asideNote.Visible(), want)
	}
}

// TestWizardHistoryAsideValueThatDoesNotReadHoldsTheStep: a quarter typed
// wrong and set aside by choosing months is saved with FY2022's row left
// empty, so it holds the step, named; typing FY2022 by month drops it.
func TestWizardHistoryAsideValueThatDoesNotReadHoldsTheStep(t *testing.T) {
	wiz, h, _ := historyStepOf(t)
	h.cells["2022-Q3"].SetText("30x")
	h.by.SetSelected(cadenceLabel(app.CadenceMonth))
	test.Tap(wiz.next)
	if wiz.steps[wiz.step] != wizardStep(h) || !h.errMsg.Visible() || !strings.HasPrefix(h.errMsg.Text, "2022-Q3: ") {
		t.Fatalf("Next with a quarter aside that does not read: step %d, error %q", wiz.step, h.errMsg.Text)
	}
	h.cells["2022-01"].SetText("55")
	test.Tap(wiz.next)
	if wiz.steps[wiz.step] == wizardStep(h) {
		t.Errorf("FY2022 typed by month, the step still says %q", h.errMsg.Text)
	}
}

// By month, at 1024×640, every cell of the History grid shows its value
// whole: the grid scrolls sideways rather than squeeze "3,400,000" into a
// cell that shows "3,400,00".
func TestHistoryCellsShowTheirValueWhole(t *testing.T) {
	e := editMixedHistory(t, mixedHistory())
	e.w.Resize(fyne.NewSize(1024, 640))
	shown := 0
	for key, cell := range e.h.cells {
		if cell.Text == "" {
			continue
		}
		shown++
		need := fyne.MeasureText(cell.Text, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
		if got := cell.Size().Width; got < need {
			t.Errorf("%s: the cell is %.0f wide, %q needs %.0f", key, got, cell.Text, need)
		}
	}
	if shown != 12 {
		t.Errorf("%d cells hold a value, want the 12 months of FY2020", shown)
	}
}

// The History step opens on the cadence most of a goal's monthly and
// quarterly values are in, whatever the first key is.
func TestHistoryOpensOnItsMainCadence(t *testing.T) {
	values := func(keys ...string) []app.PeriodValue {
		var out []app.PeriodValue
		for _, k := range keys {
			out = append(out, app.PeriodValue{PeriodKey: k, Value: 1})
		}
		return out
	}
	for _, c := range []struct {
		name    string
		history []app.PeriodValue
		want    app.Cadence
	}{
		{"none", nil, app.CadenceQuarter},
		{"a year, then quarters", values("2019", "2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"), app.CadenceQuarter},
		{"halves only", values("2022-H1", "2022-H2"), app.CadenceQuarter},
		{"a half, then months", values("2021-H1", "2022-01", "2022-02"), app.CadenceMonth},
		{"more months than quarters", values("2020-Q1", "2021-01", "2021-02"), app.CadenceMonth},
		{"as many of each", values("2020-Q1", "2021-01"), app.CadenceQuarter},
		// The step shows 2020 to 2022: older months do not outvote them.
		{"old months, recent quarters", values("2015-01", "2015-02", "2016-01", "2016-02", "2017-01",
			"2020-Q1", "2021-Q1", "2022-Q1"), app.CadenceQuarter},
		{"recent months, old quarters", values("2016-Q1", "2016-Q2", "2017-Q1", "2022-01", "2022-02"), app.CadenceMonth},
		{"the goal's own year is not history", values("2022-Q4", "2023-01", "2023-02"), app.CadenceQuarter},
	} {
		g := app.Goal{Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
		if got := historyCadence(app.Calendar{}, g, c.history); got != c.want {
			t.Errorf("%s: opens by %s, want %s", c.name, got, c.want)
		}
	}
}
