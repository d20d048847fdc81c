package views

import (
	"context"

	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
	"pacer/views/widgets"
)

// checkInFormStore is what the check-in form reads and writes.
type checkInFormStore interface {
	checkInReader
	CheckInByPeriod(ctx context.Context, goalID int64, key string) (*app.CheckIn, error)
	CurrentPlan(ctx context.Context, goalID int64) (app.Plan, error)
	CreateCheckIn(ctx context.Context, c *app.CheckIn) error
	UpdateCheckIn(ctx context.Context, c *app.CheckIn) error
	PutCheckIn(ctx context.Context, c *app.CheckIn) error
}

// checkInFormDeps is what the check-in form uses.
type checkInFormDeps = screenDeps[checkInFormStore]

// checkInForm records one goal's value for one period, in a dialog.
type checkInForm struct {
	ui      checkInFormDeps
	goal    app.Goal
	editing *app.CheckIn // nil for a new check-in
	periods []app.Period
	period  *widgets.KeySelect
	value   *numberField
	// done is a milestone's value, chosen rather than typed: a milestone
	// is done (1) or not (0), and a typed 7 would only be refused. nil
	// for other goals; value's message still shows under it.
	done       *widgets.KeySelect
	confidence *widgets.KeySelect
	note       *widgets.KeyEntry
	existing   *widget.Label
	target     *widget.Label // the goal's target and the period's plan
	unit       *widget.Label // a count's unit name beside the value, nil for others
	dialog     dialog.Dialog
	onSaved    func()
	// guard asks before Cancel or Escape drops what was typed.
	guard closeGuard
}

// newCheckInForm builds the form for g; with c set it edits that check-in.
func newCheckInForm(ui checkInFormDeps, g app.Goal, c *app.CheckIn, onSaved func()) *checkInForm {
	f := &checkInForm{ui: ui, goal: g, editing: c, onSaved: onSaved}
	f.guard.state = f.state
	cal := ui.calendar()
	f.periods = cal.Periods(g.Cadence, g.Start, g.End)
	names, namer := make([]string, len(f.periods)), periodNamer{}
	for i, p := range f.periods {
		names[i] = namer.name(p)
	}
	f.existing = widget.NewLabel("")
	f.existing.Importance = widget.WarningImportance
	f.existing.Wrapping = fyne.TextWrapWord
	f.period = widgets.NewSelect(names, func(string) { f.onPeriodChanged() })
	f.value = newNumberField(valueExample(g, ui.numberFormat()), nil)
	f.value.readsValuesOf(g, ui.numberFormat())
	f.value.entry.OnSubmitted = func(string) { f.onSubmit() }
	if g.Kind == app.KindMilestone {
		f.done = widgets.NewSelect([]string{lang.L("Not done"), lang.L("Done")}, func(string) { f.value.setError(nil) })
	}
	levels := make([]string, 11)
	for i := range levels {
		levels[i] = strconv.Itoa(i)
	}
	f.confidence = widgets.NewShortSelect(levels, nil)
	f.note = widgets.NewMultiLineEntry()
	// A note runs to a sentence or two: wrapped, it reads whole, where
	// one line scrolled sideways and showed its first words.
	f.note.Wrapping = fyne.TextWrapWord
	f.note.SetMinRowsVisible(3)
	f.load(cal)
	return f
}

// valueExample is a placeholder that shows how a value of g is typed, at
// the decimals g keeps: "e.g. 1,234.5" on a goal of whole amounts was
// refused as typed.
func valueExample(g app.Goal, nf notation.NumberFormat) string {
	if g.Kind == app.KindMilestone {
		return lang.L("1 if done, 0 if not")
	}
	decimals := app.Decimals(g)
	switch g.Unit {
	case app.UnitPercent:
		example := "8%"
		if decimals > 0 {
			example = "8.5%"
		}
		return lang.L("e.g. {{.Example}}", map[string]any{"Example": example})
	case app.UnitCurrency:
		// Chinese adds an amount in 万; English shows its own notation only.
		return lang.L("e.g. {{.Example}} (an amount)", map[string]any{"Example": nf.ExampleAt(decimals)})
	}
	return lang.L("e.g. {{.Example}}", map[string]any{"Example": nf.ExampleAt(decimals)})
}

func (f *checkInForm) load(cal app.Calendar) {
	if f.editing != nil {
		// The period stays; it may be one the goal no longer has.
		f.period.SetOptions([]string{periodKeyName(f.editing.PeriodKey)})
		f.period.SetSelectedIndex(0)
		if why := notCountedReason(f.goal, f.editing.PeriodKey); why != "" {
			f.existing.SetText(why + "\n" + lang.L("Correct or delete it, and enter the value for a period of the goal as a new check-in."))
			f.existing.Show()
		}
		v := f.editing.Value
		f.setValue(&v)
		f.confidence.SetSelectedIndex(f.editing.Confidence)
		f.note.SetText(f.editing.Note)
		f.period.Disable()
		f.loadOwnPart()
		return
	}
	reported, err := reportedPeriods(f.ui.context(), f.ui.store, f.goal.ID)
	if err != nil {
		f.ui.showError(err)
	}
	f.selectPeriod(app.DefaultCheckInPeriod(cal, f.goal, reported, f.ui.today()).Key())
	f.confidence.SetSelectedIndex(7)
}

// setValue shows v, or nothing for nil, in the value field, and for a
// milestone as done or not done. A milestone's other value, kept from
// before the rule, is left for the user to choose anew rather than
// guessed.
func (f *checkInForm) setValue(v *float64) {
	f.value.setValue(v, f.goal.Decimals)
	if f.done == nil {
		return
	}
	f.done.ClearSelected()
	if v != nil && (*v == 0 || *v == 1) {
		f.done.SetSelectedIndex(int(*v))
	}
}

func (f *checkInForm) selectPeriod(key string) {
	for i, p := range f.periods {
		if p.Key() == key {
			f.period.SetSelectedIndex(i)
			return
		}
	}
	if len(f.periods) > 0 {
		f.period.SetSelectedIndex(len(f.periods) - 1)
	}
}

// onPeriodChanged shows the value already recorded for the period, if any.
func (f *checkInForm) onPeriodChanged() {
	f.showPeriodPlan()
	if f.editing != nil {
		return
	}
	f.existing.Hide()
	old, err := f.existingCheckIn()
	if err != nil || old == nil {
		return
	}
	if p, ok := f.selectedPeriod(); ok {
		if parts := checkInPartsText(f.ui.context(), f.ui.store, f.goal, p.Key(), f.period.Selected); parts != "" {
			f.existing.SetText(parts) // a team's parts that add up
			f.existing.Show()
			return
		}
	}
	f.existing.SetText(lang.L("{{.Period}} already has {{.Value}}; saving replaces it.", map[string]any{
		"Period": f.period.Selected, "Value": checkInValueText(f.goal, old.Value)}))
	f.existing.Show()
}

func (f *checkInForm) selectedPeriod() (app.Period, bool) {
	i := f.period.SelectedIndex()
	if i < 0 || i >= len(f.periods) {
		return app.Period{}, false
	}
	return f.periods[i], true
}

func (f *checkInForm) existingCheckIn() (*app.CheckIn, error) {
	p, ok := f.selectedPeriod()
	if !ok {
		return nil, nil
	}
	c, err := f.ui.store.CheckInByPeriod(f.ui.context(), f.goal.ID, p.Key())
	if app.ErrorCode(err) == app.ENotFound {
		return nil, nil
	}
	return c, err
}

func (f *checkInForm) object() fyne.CanvasObject {
	head := widget.NewLabelWithStyle(f.goal.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Period"), f.period),
		widget.NewFormItem(lang.L("Value"), f.valueObject()),
		widget.NewFormItem(lang.L("Confidence (0–10)"), f.confidence),
		widget.NewFormItem(lang.L("Note"), f.note),
	)
	return container.NewVBox(head, f.newTargetLine(), form, f.existing)
}

// show opens the form in a dialog over the main window.
func (f *checkInForm) show() {
	title := lang.L("New check-in")
	if f.editing != nil {
		title = lang.L("Edit check-in")
	}
	d := dialog.NewCustomConfirm(title, lang.L("Save"), lang.L("Cancel"), f.object(), func(save bool) {
		if save {
			f.onSave()
			return
		}
		f.guard.onCancel(f.askDiscard)
	}, f.ui.window())
	d.Resize(fyne.NewSize(520, 420))
	f.dialog = d
	f.ui.guardDialog(d, lang.L("the check-in form"), f.guard.typed)
	f.reshow()
	f.onPeriodChanged()
	f.guard.mark()
}

// reshow shows the form's dialog, at first or again after a question or
// an error, with the focus on the value (done or not for a milestone):
// Fyne gives a dialog shown again no focus, and what the user then typed
// went nowhere.
func (f *checkInForm) reshow() {
	f.ui.showDialog(f.dialog)
	if f.done != nil {
		f.ui.window().Canvas().Focus(f.done)
	} else {
		f.ui.window().Canvas().Focus(f.value.entry)
	}
}

// state is what the form's fields show.
func (f *checkInForm) state() string {
	done := -1
	if f.done != nil {
		done = f.done.SelectedIndex()
	}
	return fieldsState(f.value.entry.Text, f.note.Text, strconv.Itoa(done), strconv.Itoa(f.confidence.SelectedIndex()))
}

// askDiscard follows the form's closing by Cancel or Escape with something
// typed: it is dropped only after asking; kept, the form shows again.
func (f *checkInForm) askDiscard() {
	askUnsaved(f.ui.shell, unsavedQuestion{title: lang.L("Discard the check-in typed?"),
		text: lang.L("What you typed for {{.Period}} is not saved; closing the check-in drops it.",
			map[string]any{"Period": f.period.Selected}),
		save: f.onSave, discard: func() {}, keep: f.reshow,
	})
}

// checkIn reads the form; a typing error is shown at its field.
func (f *checkInForm) checkIn() (*app.CheckIn, error) {
	p, ok := f.selectedPeriod()
	key := p.Key()
	if f.editing != nil {
		// An edit never moves a value to another period, even when the
		// goal's span or cadence no longer holds its period.
		key, ok = f.editing.PeriodKey, true
	}
	if !ok {
		return nil, fieldError{text: lang.L("Choose the period.")}
	}
	v, err := f.valueFor(key)
	if err != nil {
		return nil, err
	}
	c := &app.CheckIn{GoalID: f.goal.ID, PeriodKey: key, Value: v,
		Confidence: f.confidence.SelectedIndex(), Note: strings.TrimSpace(f.note.Text)}
	if f.editing != nil {
		c.ID = f.editing.ID
	}
	return c, nil
}

// valueFor reads the value for period key: the choice of done or not
// done for a milestone, else the number typed. Nothing chosen or typed is
// an error shown at the field.
func (f *checkInForm) valueFor(key string) (float64, error) {
	period := map[string]any{"Period": periodKeyName(key)}
	if f.done != nil {
		if i := f.done.SelectedIndex(); i >= 0 {
			return float64(i), nil
		}
		return 0, f.fieldError(lang.L("Choose whether {{.Period}} is done.", period))
	}
	v, ok, err := f.value.value()
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, f.fieldError(lang.L("Type the value for {{.Period}}.", period))
	}
	return v, nil
}

// fieldError shows text at the value and returns it as the form's error.
func (f *checkInForm) fieldError(text string) error {
	err := fieldError{text: text}
	f.value.setError(err)
	return err
}

// checkInValueText is a check-in value v of g as the forms show it: done
// or not done for a milestone, else the value with its unit, a count's
// unit name too ("40 customers").
func checkInValueText(g app.Goal, v float64) string {
	return app.WithCountUnit(g, cellValueText(g, v))
}

// cellValueText is checkInValueText in a table of one goal's values, whose
// cells would only repeat a count's unit name: "40".
func cellValueText(g app.Goal, v float64) string {
	if g.Kind == app.KindMilestone && (v == 0 || v == 1) {
		return []string{lang.L("Not done"), lang.L("Done")}[int(v)]
	}
	return app.FormatValue(v, g.Decimals, g.Unit, g.UnitLabel)
}

// onSubmit is Enter in the value field: the dialog closes as Save would close it.
func (f *checkInForm) onSubmit() {
	f.guard.hide(f.dialog)
	f.onSave()
}

// onSave saves the check-in; a period that already has one is replaced only after asking.
func (f *checkInForm) onSave() {
	c, err := f.checkIn()
	if err != nil {
		f.reopen(err)
		return
	}
	if f.editing != nil {
		f.finish(f.ui.store.UpdateCheckIn(f.ui.context(), c))
		return
	}
	err = f.ui.store.CreateCheckIn(f.ui.context(), c)
	if _, _, addsUp := addsUpPart(f.ui.context(), f.ui.store, f.goal, c.PeriodKey); addsUp && app.ErrorCode(err) == app.EConflict {
		f.finish(f.ui.store.PutCheckIn(f.ui.context(), c)) // only your part is replaced, as the form says
		return
	}
	if app.ErrorCode(err) != app.EConflict {
		f.finish(err)
		return
	}
	old, _ := f.existingCheckIn()
	msg := lang.L("{{.Period}} already has {{.Old}}. Replace it with {{.New}}?", map[string]any{
		"Period": periodKeyName(c.PeriodKey),
		"Old":    checkInValueText(f.goal, oldValue(old)),
		"New":    checkInValueText(f.goal, c.Value)})
	confirm := dialog.NewConfirm(lang.L("Replace check-in"), msg, func(ok bool) {
		if !ok {
			f.reshow()
			return
		}
		f.finish(f.ui.store.PutCheckIn(f.ui.context(), c))
	}, f.ui.window())
	confirm.SetConfirmText(lang.L("Replace"))
	f.ui.showDestructive(confirm)
}

func oldValue(c *app.CheckIn) float64 {
	if c == nil {
		return 0
	}
	return c.Value
}

// finish closes the form after a save, or shows why it failed and keeps what was typed.
func (f *checkInForm) finish(err error) {
	if err != nil {
		f.reopen(err)
		return
	}
	f.guard.hide(f.dialog)
	if f.onSaved != nil {
		f.onSaved()
	}
}

// reopen shows the form again with the error next to the value, so nothing typed is lost.
func (f *checkInForm) reopen(err error) {
	f.value.setError(err)
	if f.dialog != nil {
		f.reshow()
	}
}

// checkInReader reads a goal's check-ins.
type checkInReader interface {
	CheckIns(ctx context.Context, goalID int64) ([]app.CheckIn, error)
}

// reportedPeriods are the periods of a goal that already have a check-in.
func reportedPeriods(ctx context.Context, store checkInReader, goalID int64) (map[string]bool, error) {
	cs, err := store.CheckIns(ctx, goalID)
	if err != nil {
		return nil, err
	}
	reported := make(map[string]bool, len(cs))
	for _, c := range cs {
		reported[c.PeriodKey] = true
	}
	return reported, nil
}
