package views

import (
	"context"

	"slices"
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
	CheckInsOfPeriod(ctx context.Context, key string, ids []int64) (map[int64]app.CheckIn, error)
	RecordedOfPeriod(ctx context.Context, key string, ids []int64) (map[int64]app.CheckIn, error)
	SaveCheckIns(ctx context.Context, cs []app.CheckIn) error
}

// bulkDeps is what the bulk check-in uses.
type bulkDeps = screenDeps[bulkStore]

// bulkCheckIn enters one period's values for every goal due in it, with the
// keyboard alone, and saves them all in one transaction or none.
type bulkCheckIn struct {
	ui      bulkDeps
	goals   []app.Goal
	periods []app.Period
	period  *widgets.KeySelect
	rows    *bulkRows
	none    *widget.Label
	status  *widget.Label
	dialog  dialog.Dialog
	onSaved func()
	reading int // counts the reads of recorded values; a read is shown if still the last
	// shown is the index of the period whose rows are shown: a period
	// chosen is put back to it when the user keeps what was typed.
	shown int
	// choosing is set while the period choice is put back, which is no
	// choice of the user's.
	choosing bool
	// saved is set once the rows are saved: closing then drops nothing.
	saved bool
}

func newBulkCheckIn(ui bulkDeps, onSaved func()) *bulkCheckIn {
	b := &bulkCheckIn{ui: ui, onSaved: onSaved}
	b.rows = newBulkRows(ui.numberFormat(), func() fyne.Canvas { return ui.window().Canvas() }, b.onSave)
	b.none = widget.NewLabel(lang.L("No goal is checked in for this period."))
	b.none.Hide()
	b.status = widget.NewLabel("")
	b.status.Wrapping = fyne.TextWrapWord
	goals, err := ui.store.ListGoals(ui.context(), app.GoalFilter{})
	if err != nil {
		ui.showError(err)
	}
	b.goals = goals
	b.periods = choosablePeriods(ui.calendar(), ui.today(), goals)
	names := periodChoices(b.periods)
	b.shown = -1
	b.period = widgets.NewSelect(names, func(string) { b.onPeriod() })
	if len(names) > 0 {
		b.period.SetSelectedIndex(b.defaultPeriod())
	}
	return b
}

// periodChoices are the names of periods in the period choice, each with
// its cadence: "2026 week 47 (weekly goals)".
func periodChoices(periods []app.Period) []string {
	names := make([]string, len(periods))
	// Translated once for all the periods, which may be hundreds, and the
	// cadence put in once a cadence: a strings.Replacer made a period took
	// 1 ms of the dialog's opening.
	pattern := lang.L("{{.Period}} ({{.Cadence}} goals)", map[string]any{"Period": periodMark, "Cadence": cadenceMark})
	namer, patterns := periodNamer{}, map[app.Cadence]string{}
	for i, p := range periods {
		withCadence, ok := patterns[p.Cadence]
		if !ok {
			withCadence = strings.ReplaceAll(pattern, cadenceMark, cadenceLabel(p.Cadence))
			patterns[p.Cadence] = withCadence
		}
		names[i] = strings.ReplaceAll(withCadence, periodMark, namer.name(p))
	}
	return names
}

// choosablePeriods are the periods of every cadence in use that have
// started by today and that a goal of the cadence spans, latest end
// first. They are walked over the goals' spans merged, so ten weekly
// years cost the same for one goal as for 2,000.
func choosablePeriods(cal app.Calendar, today app.Date, goals []app.Goal) []app.Period {
	// Spans rather than goals: a goal is some 330 bytes to copy.
	byCadence := map[app.Cadence][][2]int{}
	for _, g := range goals {
		byCadence[g.Cadence] = append(byCadence[g.Cadence], [2]int{g.Start.DayNumber(), g.End.DayNumber()})
	}
	type ending struct {
		p   app.Period
		end int
	}
	var all []ending
	for c, spans := range byCadence {
		for _, p := range startedPeriods(cal, c, today, spans) {
			all = append(all, ending{p, cal.LastDay(p)})
		}
	}
	slices.SortFunc(all, func(a, b ending) int {
		if a.end != b.end {
			return b.end - a.end
		}
		return strings.Compare(a.p.Key(), b.p.Key())
	})
	out := make([]app.Period, len(all))
	for i, e := range all {
		out[i] = e.p
	}
	return out
}

// startedPeriods are the periods of cadence c started by today within
// the goals' spans (first and last day numbers), each once.
func startedPeriods(cal app.Calendar, c app.Cadence, today app.Date, spans [][2]int) []app.Period {
	seen := map[app.Period]bool{}
	var out []app.Period
	for _, s := range mergedSpans(spans) {
		first, last := app.DateOfDayNumber(s[0]), app.DateOfDayNumber(min(s[1], today.DayNumber()))
		if s[0] > today.DayNumber() {
			continue
		}
		for p := cal.PeriodOf(c, last); !cal.End(p).Before(first.Time); p = p.Prev() {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// mergedSpans are spans (first and last day numbers) sorted, overlapping
// and touching spans joined; spans is sorted in place.
func mergedSpans(spans [][2]int) [][2]int {
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, s := range spans {
		if n := len(out); n > 0 && s[0] <= out[n-1][1]+1 {
			out[n-1][1] = max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// spans says whether a period of first day start and last day end is
// within g's span, in part at least.
func spans(g *app.Goal, start, end app.Date) bool {
	return !end.Before(g.Start.Time) && !start.After(g.End.Time)
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

// buildRows lists every active goal checked in on the chosen period's
// cadence. What is recorded for the period is read off the UI goroutine
// in the window and filled in a frame later: 2,000 goals' values took 8 ms
// of the dialog's opening.
func (b *bulkCheckIn) buildRows() {
	b.shown = b.period.SelectedIndex()
	p, ok := b.selected()
	var lines []bulkLine
	var ids []int64
	if ok {
		// Room for every goal at once: growing the slice copied the lines
		// over and over.
		lines, ids = make([]bulkLine, 0, len(b.goals)), make([]int64, 0, len(b.goals))
		cal := b.ui.calendar()
		start, end := cal.Start(p), cal.End(p)
		for i := range b.goals {
			if g := &b.goals[i]; g.Cadence == p.Cadence && spans(g, start, end) {
				lines = append(lines, bulkLine{goal: g, old: "…", confidence: 7, loadedConfidence: 7})
				ids = append(ids, g.ID)
			}
		}
	}
	b.rows.setLines(lines)
	if b.dialog != nil { // another period chosen: its first value is typed next
		b.rows.focusLine(0)
	}
	b.none.Hidden = len(lines) > 0
	b.none.Refresh()
	b.status.SetText("")
	b.reading++
	reading, key := b.reading, p.Key()
	var recorded map[int64]app.CheckIn
	var err error
	b.ui.load(func() { recorded, err = b.ui.store.RecordedOfPeriod(b.ui.context(), key, ids) }, func() {
		switch {
		case reading != b.reading: // another period was chosen since
		case err != nil:
			b.rows.setRecordedUnknown()
			b.ui.showError(err)
		default:
			b.rows.setRecorded(recorded)
		}
	})
}

func (b *bulkCheckIn) object() fyne.CanvasObject {
	hint := widget.NewLabel(lang.L("Type each value and press Enter to go to the next goal; Tab moves between fields. Empty rows are left as they are."))
	hint.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(widget.NewForm(widget.NewFormItem(lang.L("Period"), b.period)), hint)
	return newBorder(top, b.status, nil, nil, container.NewStack(b.rows.object(), container.NewVBox(b.none)))
}

func (b *bulkCheckIn) show() {
	d := dialog.NewCustomConfirm(lang.L("Bulk check-in"), lang.L("Save all"), lang.L("Cancel"), b.object(), func(save bool) {
		if save {
			b.onSave()
			return
		}
		b.onClose()
	}, b.ui.window())
	d.Resize(fyne.NewSize(min(bulkWidth, b.ui.window().Canvas().Size().Width-24), 560))
	b.dialog = d
	b.ui.guardDialog(d, lang.L("the bulk check-in"), func() bool { return !b.saved && b.rows.typed() })
	b.ui.showDialog(d)
	b.rows.focusLine(0)
}

// checkIns reads every filled row; a row that is not a number is marked and nothing is saved.
func (b *bulkCheckIn) checkIns() ([]app.CheckIn, bool) {
	p, _ := b.selected()
	vs, filled, ok := b.rows.values()
	var out []app.CheckIn
	for i, l := range b.rows.lines {
		if filled[i] {
			out = append(out, app.CheckIn{GoalID: l.goal.ID, PeriodKey: p.Key(), Value: vs[i],
				Confidence: l.confidence, Note: strings.TrimSpace(l.note)})
		}
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
	// A value its goal cannot keep is said before any question, never
	// offered rounded as the replacement of a recorded one.
	if b.markStoreError(cs) {
		b.reopen(lang.L("Some values cannot be kept as typed; nothing was saved. Fix the rows marked in red."))
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
	p, _ := b.selected()
	ids := make([]int64, len(cs))
	for i, c := range cs {
		ids[i] = c.GoalID
	}
	recorded, err := b.ui.store.CheckInsOfPeriod(b.ui.context(), p.Key(), ids)
	if err != nil {
		return nil, err
	}
	goals := map[int64]app.Goal{}
	for _, l := range b.rows.lines {
		goals[l.goal.ID] = *l.goal
	}
	var out []replacement
	for _, c := range cs {
		if old, ok := recorded[c.GoalID]; ok {
			out = append(out, replacement{goal: goals[c.GoalID], old: old.Value, new: c.Value})
		}
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
			"Old": checkInValueText(g, r.old), "New": checkInValueText(g, r.new)}))
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
		b.markStoreError(cs)
		b.reopen(lang.L("Nothing was saved: {{.Reason}}", map[string]any{"Reason": userMessage(err)}))
		return
	}
	b.saved = true
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

// markStoreError puts the store's message next to each row it would
// refuse: a milestone's value other than 0 or 1, a value with more
// decimals than its goal keeps, or too large to keep exactly; it reports
// whether it marked any.
func (b *bulkCheckIn) markStoreError(cs []app.CheckIn) bool {
	rows := map[int64]int{}
	for i, l := range b.rows.lines {
		rows[l.goal.ID] = i
	}
	marked := false
	for _, c := range cs {
		i := rows[c.GoalID]
		g := b.rows.lines[i].goal
		err := app.CheckValue(g.Kind, c.Value)
		if err == nil {
			_, err = app.RoundTo(c.Value, g.Decimals)
		}
		if err != nil {
			b.rows.setErr(i, err)
			marked = true
		}
	}
	return marked
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
