package views

import (
	"context"

	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// bulkStore is what the bulk check-in reads and writes.
type bulkStore interface {
	ListGoals(ctx context.Context, f app.GoalFilter) ([]app.Goal, error)
	CheckInByPeriod(ctx context.Context, goalID int64, key string) (*app.CheckIn, error)
	SaveCheckIns(ctx context.Context, cs []app.CheckIn) error
}

// bulkDeps is what the bulk check-in uses.
type bulkDeps = screenDeps[bulkStore]

// bulkCheckIn enters one period's values for every goal due in it, with the
// keyboard alone, and saves them all in one transaction or none.
type bulkCheckIn struct {
	ui      bulkDeps
	periods []app.Period
	period  *widgets.KeySelect
	rows    []*bulkRow
	grid    *fyne.Container
	status  *widget.Label
	dialog  dialog.Dialog
	onSaved func()
}

// bulkRow is one goal's line: its old value and the fields for the new one.
type bulkRow struct {
	goal       app.Goal
	old        *widget.Label
	value      *numberField
	confidence *widgets.KeySelect
	note       *widgets.KeyEntry
}

func newBulkCheckIn(ui bulkDeps, onSaved func()) *bulkCheckIn {
	b := &bulkCheckIn{ui: ui, onSaved: onSaved, grid: container.NewVBox()}
	b.status = widget.NewLabel("")
	b.status.Wrapping = fyne.TextWrapWord
	b.periods = b.choosablePeriods()
	names := make([]string, len(b.periods))
	for i, p := range b.periods {
		names[i] = lang.L("{{.Period}} ({{.Cadence}} goals)", map[string]any{"Period": periodName(p), "Cadence": cadenceLabel(p.Cadence)})
	}
	b.period = widgets.NewSelect(names, func(string) { b.buildRows() })
	if len(names) > 0 {
		b.period.SetSelectedIndex(b.defaultPeriod())
	}
	return b
}

// choosablePeriods are the recent periods of every cadence in use, newest first:
// the last ended one, and up to five before it.
func (b *bulkCheckIn) choosablePeriods() []app.Period {
	goals, err := b.ui.store.ListGoals(b.ui.context(), app.GoalFilter{})
	if err != nil {
		b.ui.showError(err)
		return nil
	}
	cal, today := b.ui.calendar(), b.ui.today()
	seen := map[string]bool{}
	var out []app.Period
	for _, g := range goals {
		for _, p := range cal.Periods(g.Cadence, g.Start, g.End) {
			if cal.Start(p).After(today.Time) || seen[p.Key()] {
				continue
			}
			seen[p.Key()] = true
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		ei, ej := cal.End(out[i]), cal.End(out[j])
		if !ei.Equal(ej.Time) {
			return ei.After(ej.Time)
		}
		return out[i].Key() < out[j].Key()
	})
	return out
}

// defaultPeriod is the latest period that has ended: the one people report on.
func (b *bulkCheckIn) defaultPeriod() int {
	cal, today := b.ui.calendar(), b.ui.today()
	for i, p := range b.periods {
		if cal.End(p).Before(today.Time) {
			return i
		}
	}
	return 0
}

func (b *bulkCheckIn) selected() (app.Period, bool) {
	i := b.period.SelectedIndex()
	if i < 0 || i >= len(b.periods) {
		return app.Period{}, false
	}
	return b.periods[i], true
}

// buildRows lists every active goal checked in on the chosen period's cadence.
func (b *bulkCheckIn) buildRows() {
	p, ok := b.selected()
	b.rows = nil
	if !ok {
		return
	}
	goals, err := b.ui.store.ListGoals(b.ui.context(), app.GoalFilter{})
	if err != nil {
		b.ui.showError(err)
		return
	}
	cal := b.ui.calendar()
	columns := newColumns(bulkWidth-60, 2.8, 1.5, 2, 1.5, 2)
	lines := []fyne.CanvasObject{container.New(columns(), wrappedBold(lang.L("Goal")), wrappedBold(lang.L("Recorded")),
		wrappedBold(lang.L("Value")), wrappedBold(lang.L("Confidence (0–10)")), wrappedBold(lang.L("Note")))}
	for _, g := range goals {
		if g.Cadence != p.Cadence || cal.End(p).Before(g.Start.Time) || cal.Start(p).After(g.End.Time) {
			continue
		}
		row := b.newRow(g, p)
		b.rows = append(b.rows, row)
		// The whole title, wrapped: goals named alike differ at the end.
		lines = append(lines, container.New(columns(), wrapped(g.Title), row.old, row.value.object(), row.confidence, row.note))
	}
	b.chainEnter()
	if len(b.rows) == 0 {
		lines = []fyne.CanvasObject{widget.NewLabel(lang.L("No goal is checked in for this period."))}
	}
	b.grid.Objects = lines
	b.grid.Refresh()
	b.status.SetText("")
}

func (b *bulkCheckIn) newRow(g app.Goal, p app.Period) *bulkRow {
	r := &bulkRow{goal: g, old: numberCell("—"), note: widgets.NewEntry()}
	r.value = newNumberField(valueExample(g, b.ui.numberFormat()), nil)
	r.value.format = b.ui.numberFormat()
	levels := make([]string, 11)
	for i := range levels {
		levels[i] = strconv.Itoa(i)
	}
	r.confidence = widgets.NewSelect(levels, nil)
	r.confidence.SetSelectedIndex(7)
	old, err := b.ui.store.CheckInByPeriod(b.ui.context(), g.ID, p.Key())
	if err == nil && old != nil {
		r.old.SetText(app.FormatValue(old.Value, g.Decimals, g.Unit, g.UnitLabel))
		r.confidence.SetSelectedIndex(old.Confidence)
		r.note.SetText(old.Note)
	}
	return r
}

// chainEnter makes Enter in a value move to the next row's value, and save on the last.
func (b *bulkCheckIn) chainEnter() {
	for i, r := range b.rows {
		if i+1 < len(b.rows) {
			next := b.rows[i+1].value.entry
			r.value.entry.OnSubmitted = func(string) { b.ui.window().Canvas().Focus(next) }
		} else {
			r.value.entry.OnSubmitted = func(string) { b.onSave() }
		}
	}
}

func (b *bulkCheckIn) object() fyne.CanvasObject {
	hint := widget.NewLabel(lang.L("Type each value and press Enter to go to the next goal; Tab moves between fields. Empty rows are left as they are."))
	hint.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(widget.NewForm(widget.NewFormItem(lang.L("Period"), b.period)), hint)
	return newBorder(top, b.status, nil, nil, container.NewVScroll(b.grid))
}

func (b *bulkCheckIn) show() {
	d := dialog.NewCustomConfirm(lang.L("Bulk check-in"), lang.L("Save all"), lang.L("Cancel"), b.object(), func(save bool) {
		if save {
			b.onSave()
		}
	}, b.ui.window())
	d.Resize(fyne.NewSize(min(bulkWidth, b.ui.window().Canvas().Size().Width-24), 560))
	b.dialog = d
	b.ui.showDialog(d)
	if len(b.rows) > 0 {
		b.ui.window().Canvas().Focus(b.rows[0].value.entry)
	}
}

// checkIns reads every filled row; a row that is not a number is marked and nothing is saved.
func (b *bulkCheckIn) checkIns() ([]app.CheckIn, bool) {
	p, _ := b.selected()
	var out []app.CheckIn
	ok := true
	for _, r := range b.rows {
		v, filled, err := r.value.value()
		if err != nil {
			ok = false
			continue
		}
		if !filled {
			continue
		}
		out = append(out, app.CheckIn{GoalID: r.goal.ID, PeriodKey: p.Key(), Value: v,
			Confidence: r.confidence.SelectedIndex(), Note: strings.TrimSpace(r.note.Text)})
	}
	return out, ok
}

// onSave saves the filled rows, after asking once when any of them
// replaces a value already recorded, and then says what was saved.
func (b *bulkCheckIn) onSave() {
	cs, ok := b.checkIns()
	if !ok {
		b.reopen(lang.L("Some rows are not numbers; nothing was saved. Fix the rows marked in red."))
		return
	}
	if len(cs) == 0 {
		b.reopen(lang.L("Type at least one value."))
		return
	}
	replaced, err := b.replacements(cs)
	if err != nil {
		b.reopen(lang.L("Nothing was saved: {{.Reason}}", map[string]any{"Reason": userMessage(err)}))
		return
	}
	if len(replaced) == 0 {
		b.save(cs, 0)
		return
	}
	b.confirmReplace(cs, replaced)
}

// replacement is a value already recorded that a row would replace.
type replacement struct {
	goal     app.Goal
	old, new float64
}

// replacements are the rows whose period already has a value, in row order.
func (b *bulkCheckIn) replacements(cs []app.CheckIn) ([]replacement, error) {
	goals := map[int64]app.Goal{}
	for _, r := range b.rows {
		goals[r.goal.ID] = r.goal
	}
	var out []replacement
	for _, c := range cs {
		old, err := b.ui.store.CheckInByPeriod(b.ui.context(), c.GoalID, c.PeriodKey)
		switch {
		case app.ErrorCode(err) == app.ENotFound || err == nil && old == nil:
			continue
		case err != nil:
			return nil, err
		}
		out = append(out, replacement{goal: goals[c.GoalID], old: old.Value, new: c.Value})
	}
	return out, nil
}

// confirmReplace lists what saving would replace, old → new: Replace
// saves every row, Cancel goes back to the rows as typed.
func (b *bulkCheckIn) confirmReplace(cs []app.CheckIn, replaced []replacement) {
	p, _ := b.selected()
	list := container.NewVBox()
	for _, r := range replaced {
		g := r.goal
		line := widget.NewLabel(lang.L("{{.Goal}} · {{.Period}}: {{.Old}} → {{.New}}", map[string]any{"Goal": g.Title, "Period": periodName(p),
			"Old": app.FormatValue(r.old, g.Decimals, g.Unit, g.UnitLabel), "New": app.FormatValue(r.new, g.Decimals, g.Unit, g.UnitLabel)}))
		line.Wrapping = fyne.TextWrapWord
		list.Add(line)
	}
	intro := widget.NewLabel(lang.L("Saving replaces values already recorded:"))
	intro.Wrapping = fyne.TextWrapWord
	var body fyne.CanvasObject = list
	if len(replaced) > 6 {
		scroll := container.NewVScroll(list)
		scroll.SetMinSize(fyne.NewSize(480, 240))
		body = scroll
	}
	title := lang.L("Replace check-in")
	if len(replaced) > 1 {
		title = lang.L("Replace check-ins")
	}
	d := dialog.NewCustomConfirm(title, lang.L("Replace"), lang.L("Cancel"), container.NewVBox(intro, body), func(ok bool) {
		if !ok {
			b.reopen("")
			return
		}
		b.save(cs, len(replaced))
	}, b.ui.window())
	d.Resize(fyne.NewSize(560, 0))
	b.ui.showDestructive(d)
}

// save writes the check-ins, all or none, and says what was saved.
func (b *bulkCheckIn) save(cs []app.CheckIn, replaced int) {
	if err := b.ui.store.SaveCheckIns(b.ui.context(), cs); err != nil {
		b.markStoreError(err, cs)
		b.reopen(lang.L("Nothing was saved: {{.Reason}}", map[string]any{"Reason": userMessage(err)}))
		return
	}
	if b.dialog != nil {
		b.dialog.Hide()
	}
	if b.onSaved != nil {
		b.onSaved()
	}
	p, _ := b.selected()
	b.ui.showDialog(dialog.NewInformation(lang.L("Check-ins saved"), savedText(periodName(p), len(cs), replaced), b.ui.window()))
}

// savedText says how many check-ins were saved for a period, and how
// many of them replaced a value.
func savedText(period string, saved, replaced int) string {
	args := map[string]any{"Period": period, "Saved": saved, "Replaced": replaced}
	switch {
	case saved == 1 && replaced == 1:
		return lang.L("{{.Period}}: 1 check-in saved, replacing the value recorded before.", args)
	case saved == 1:
		return lang.L("{{.Period}}: 1 check-in saved.", args)
	case replaced > 0:
		return lang.L("{{.Period}}: {{.Saved}} check-ins saved, {{.Replaced}} of them replacing a value recorded before.", args)
	}
	return lang.L("{{.Period}}: {{.Saved}} check-ins saved.", args)
}

// markStoreError puts the store's message next to the row it names, when it names one.
func (b *bulkCheckIn) markStoreError(err error, cs []app.CheckIn) {
	for _, r := range b.rows {
		if _, _, perr := r.value.value(); perr != nil {
			continue
		}
		one := []app.CheckIn{}
		for _, c := range cs {
			if c.GoalID == r.goal.ID {
				one = append(one, c)
			}
		}
		if len(one) == 1 {
			if _, rerr := app.RoundTo(one[0].Value, r.goal.Decimals); rerr != nil {
				r.value.setError(rerr)
			}
		}
	}
}

// reopen shows the dialog again with everything typed, and msg under the rows.
func (b *bulkCheckIn) reopen(msg string) {
	b.status.SetText(msg)
	b.status.Importance = widget.DangerImportance
	b.status.Refresh()
	if b.dialog != nil {
		b.ui.showDialog(b.dialog)
	}
}

func boldLabel(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// wrappedBold is a column heading that wraps in a narrow column.
func wrappedBold(text string) *widget.Label {
	l := boldLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// bulkWidth is how wide the bulk check-in opens, where the window allows.
const bulkWidth = 980
