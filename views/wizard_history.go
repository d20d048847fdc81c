package views

import (
	"cmp"
	"image/color"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
	"pacer/views/widgets"
)

// historyYears is how many fiscal years before the goal the history grid holds.
const historyYears = 3

// historyStep takes the business's past actuals, by month or quarter, for up
// to three years: the ground for seasonality and for judging "achievable".
type historyStep struct {
	wiz      *goalWizard
	by       *widgets.KeySelect
	byChoice choice[app.Cadence]
	grid     *fyne.Container
	scroll   *container.Scroll            // the grid, scrolling sideways
	years    *fyne.Container              // the rows' years, beside the grid: they do not scroll
	cells    map[string]*widgets.KeyEntry // by period key
	errMsg   *widget.Label
	check    *widgets.CheckPanel
	shownBy  app.Cadence
	// aside are the texts typed by a cadence no longer shown, by cadence
	// and period key: choosing that cadence again brings them back, so a
	// change of "Values by" never drops what was typed. Sums are not
	// converted between cadences: months add up to quarters only for
	// some measures, and a quarter cannot be split into months. The
	// values of a goal's history the grid does not show are set aside
	// too; keptAside says which of them are saved.
	aside     map[app.Cadence]map[string]string
	asideNote *widget.Label
}

func newHistoryStep(w *goalWizard) *historyStep {
	s := &historyStep{wiz: w, check: widgets.NewCheckPanel(false, "A"), grid: container.NewVBox(),
		years: container.NewVBox(), aside: map[app.Cadence]map[string]string{}}
	s.scroll = container.NewHScroll(s.grid)
	s.byChoice = newChoice(planCadences, cadenceLabel)
	s.by = s.byChoice.newSelect(func(c app.Cadence) {
		if c != s.shownBy && !w.isFilling() {
			s.switchTo(c)
		}
	})
	s.asideNote = widget.NewLabel("")
	s.asideNote.Wrapping = fyne.TextWrapWord
	s.asideNote.Importance = widget.WarningImportance
	s.asideNote.Hide()
	s.errMsg = widget.NewLabel("")
	s.errMsg.Importance = widget.DangerImportance
	s.errMsg.Hide()
	return s
}

func (s *historyStep) title() string { return lang.L("History") }

// object is the step's page. The grid scrolls sideways: by month it has 13
// columns, wider than a 1024-pixel window in Chinese, and it would widen
// the window past the screen, Next out of reach. The years stay in sight.
func (s *historyStep) object() fyne.CanvasObject {
	return stepPage(lang.L("Type what the business actually did in past years. Pacer uses it to judge whether the target is achievable and to spread it by season. Leave unknown periods empty."),
		s.check, []*widget.FormItem{{Text: lang.L("Values by"), Widget: s.by}}, s.asideNote, newBorder(nil, nil, s.years, nil, s.scroll), s.errMsg)
}

func (s *historyStep) load(d *goalDraft) {
	if d.historyBy == "" {
		d.historyBy = app.CadenceQuarter
	}
	s.by.SetSelected(s.byChoice.label(d.historyBy))
	s.buildGrid(d, s.texts(d.history, d.goal.Decimals))
	s.showAside()
}

// switchTo shows the grid by cadence c: the texts typed by the cadence
// shown are set aside, and those typed by c before are brought back.
func (s *historyStep) switchTo(c app.Cadence) {
	d := s.wiz.draft
	set := s.aside[s.shownBy] // the values of years out of the grid
	if set == nil {
		set = map[string]string{}
	}
	for k, v := range s.typed() {
		set[k] = v
	}
	s.aside[s.shownBy] = set
	d.historyBy = c
	texts := s.aside[c]
	delete(s.aside, c)
	s.buildGrid(d, texts)
	s.showAside()
	s.wiz.changed()
}

// typed are the texts in the grid's cells, by period key; empty cells are left out.
func (s *historyStep) typed() map[string]string {
	out := map[string]string{}
	for key, e := range s.cells {
		if strings.TrimSpace(e.Text) != "" {
			out[key] = e.Text
		}
	}
	return out
}

// texts are history values as the cells show them, by period key.
func (s *historyStep) texts(values []app.PeriodValue, decimals int) map[string]string {
	out := map[string]string{}
	for _, v := range values {
		out[v.PeriodKey] = inputText(v.Value, decimals, s.wiz.ui.numberFormat())
	}
	return out
}

// showAside says which values of the grid's years are set aside, and that
// they are saved for the years the user types no values in (keptAside).
func (s *historyStep) showAside() {
	c, ok := s.asideCadence()
	switch {
	case !ok:
		s.asideNote.Hide()
		return
	case slices.Contains(planCadences, c):
		s.asideNote.SetText(lang.L("Values by {{.Cadence}} are not shown here: choose {{.Choice}} above to see them. They are saved too, except for the years you type values in here.",
			map[string]any{"Cadence": cadenceNoun(c), "Choice": s.byChoice.label(c)}))
	case c == app.CadenceWeek: // imported by week: the empty grid must not read as no history
		s.asideNote.SetText(lang.L("Values by week are recorded for these years: they are not shown here, but they count in the check below, and they are saved too, except for the years you type values in here."))
	default:
		s.asideNote.SetText(lang.L("Other values recorded for these years are saved too, except for the years you type values in here."))
	}
	s.asideNote.Show()
}

// asideCadence is the cadence of values set aside in the grid's years: one
// "Values by" offers, if any; ok is false when there are none.
func (s *historyStep) asideCadence() (c app.Cadence, ok bool) {
	gridYears := map[int]bool{}
	for _, row := range s.historyPeriods(s.wiz.draft) {
		gridYears[s.fiscalYear(row[0])] = false
	}
	for cad, set := range s.aside {
		if cad == s.shownBy || (ok && !slices.Contains(planCadences, cad)) {
			continue
		}
		for key := range set {
			if _, in := s.rowOf(key, gridYears); in {
				c, ok = cad, true
				break
			}
		}
	}
	return c, ok
}

// historyPeriods are the periods of the fiscal years before the goal's start, oldest first.
func (s *historyStep) historyPeriods(d *goalDraft) [][]app.Period {
	cal := s.wiz.cal
	start := d.goal.Start
	if start.IsZero() {
		start, _ = s.wiz.currentFiscalYear()
	}
	year := cal.PeriodOf(app.CadenceYear, start)
	var rows [][]app.Period
	for i := historyYears; i >= 1; i-- {
		y := year
		for range i {
			y = y.Prev()
		}
		rows = append(rows, cal.Periods(d.historyBy, cal.Start(y), cal.End(y)))
	}
	return rows
}

// buildGrid shows the draft's history periods, each cell with its text in
// texts or, failing that, set aside before. The texts of periods out of
// the grid are set aside: a goal moved a year later and back shows the
// year that left the grid meanwhile as typed.
func (s *historyStep) buildGrid(d *goalDraft, texts map[string]string) {
	merged := map[string]string{}
	for k, v := range s.aside[d.historyBy] {
		merged[k] = v
	}
	for k, v := range texts {
		merged[k] = v
	}
	texts = merged
	rows := s.historyPeriods(d)
	cols := len(rows[0])
	var cells []fyne.CanvasObject
	for i, p := range rows[0] {
		head := fyne.CanvasObject(widget.NewLabelWithStyle(periodColumnName(p), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
		if i == 0 {
			head = container.NewStack(s.columnWidth(d, texts), head)
		}
		cells = append(cells, head)
	}
	// Each year is as high as a row of cells, so that it stands beside its row.
	rowHigh := canvas.NewRectangle(color.Transparent)
	rowHigh.SetMinSize(fyne.NewSize(0, widgets.NewEntry().MinSize().Height))
	years := []fyne.CanvasObject{container.NewStack(rowHigh, widget.NewLabel(""))}
	s.cells = map[string]*widgets.KeyEntry{}
	for _, row := range rows {
		years = append(years, container.NewStack(rowHigh, widget.NewLabel(fiscalYearName(row[0].Year))))
		for _, p := range row {
			e := widgets.NewEntry()
			e.SetText(texts[p.Key()])
			e.OnChanged = func(string) { s.wiz.changed() }
			e.OnFocused = func() { s.reveal(e) }
			s.cells[p.Key()] = e
			cells = append(cells, e)
		}
	}
	// Room under the rows for the scroll bar, which is drawn over them.
	bar := canvas.NewRectangle(color.Transparent)
	bar.SetMinSize(fyne.NewSize(0, theme.ScrollBarSize()))
	s.grid.Objects = []fyne.CanvasObject{container.NewGridWithColumns(cols, cells...), bar}
	s.grid.Refresh()
	s.years.Objects = []fyne.CanvasObject{container.NewGridWithColumns(1, years...)}
	s.years.Refresh()
	s.shownBy = d.historyBy
	s.setOutOfGridAside(texts)
}

// reveal scrolls the grid sideways until cell e is in sight: Tab moves
// the focus through the months, past the window's edge.
func (s *historyStep) reveal(e fyne.CanvasObject) {
	x, off, seen := e.Position().X, s.scroll.Offset.X, s.scroll.Size().Width
	switch {
	case x < off:
		off = x
	case x+e.Size().Width > off+seen:
		off = x + e.Size().Width - seen
	default:
		return
	}
	s.scroll.ScrollToOffset(fyne.NewPos(off, s.scroll.Offset.Y))
}

// columnWidth is the grid's corner cell, as wide as the cells must be for
// the widest value typed or the goal's target to show whole: the grid's
// columns are all as wide as its widest cell, and by month 13 columns
// shared a 1024-pixel window and cut "3,400,000" to "3,400,00". The
// grid scrolls sideways when they do not fit.
func (s *historyStep) columnWidth(d *goalDraft, texts map[string]string) fyne.CanvasObject {
	width := func(t string) float32 { return fyne.MeasureText(t, theme.TextSize(), fyne.TextStyle{}).Width }
	widest := width(inputText(d.goal.Target, d.goal.Decimals, s.wiz.ui.numberFormat()))
	for _, t := range texts {
		widest = max(widest, width(t))
	}
	room := canvas.NewRectangle(color.Transparent)
	room.SetMinSize(fyne.NewSize(widest+2*theme.InnerPadding()+2*theme.InputBorderSize()+2, 0))
	return container.NewStack(room, widget.NewLabel(""))
}

// setOutOfGridAside sets the texts of periods not in the grid aside, each
// for its period's cadence: choosing it, or a span that shows the period
// again, brings the text back.
func (s *historyStep) setOutOfGridAside(texts map[string]string) {
	delete(s.aside, s.shownBy)
	for k, v := range texts {
		if s.cells[k] != nil {
			continue
		}
		c := s.shownBy
		if p, err := app.ParsePeriodKey(k); err == nil {
			c = p.Cadence
		}
		if s.aside[c] == nil {
			s.aside[c] = map[string]string{}
		}
		if _, typed := s.aside[c][k]; !typed {
			s.aside[c][k] = v
		}
	}
}

// apply takes the grid into the draft's history, with the values set
// aside that it keeps (keptAside): the history saved is the draft's, so a
// value left out here would be deleted from the goal.
func (s *historyStep) apply(d *goalDraft) error {
	if c, ok := s.byChoice.value(s.by.Selected); ok {
		d.historyBy = c
	}
	values, typedIn, err := s.gridValues(d)
	if err == nil {
		var aside []app.PeriodValue
		aside, err = s.keptAside(typedIn)
		values = append(values, aside...)
	}
	s.showError(err)
	if err != nil {
		return err
	}
	// In the store's order, so that a visit that changes nothing leaves
	// the draft as it was opened.
	slices.SortFunc(values, func(a, b app.PeriodValue) int { return strings.Compare(a.PeriodKey, b.PeriodKey) })
	d.history = values
	return nil
}

// gridValues reads the grid's cells; err names the first that does not
// read. typedIn holds each fiscal year of the grid, true when the user typed
// values in its row: the row is not empty and its values differ from the
// history the wizard opened with (a value typed as "3400000" over
// "3,400,000", or shown anew after the goal's decimals changed, is none).
func (s *historyStep) gridValues(d *goalDraft) (values []app.PeriodValue, typedIn map[int]bool, err error) {
	format := s.wiz.ui.numberFormat()
	opened := map[string]float64{}
	for _, v := range s.wiz.opened.history {
		opened[v.PeriodKey] = v.Value
	}
	typedIn = map[int]bool{}
	for _, row := range s.historyPeriods(d) {
		filled, changed := false, false
		for _, p := range row {
			e := s.cells[p.Key()]
			if e == nil {
				continue
			}
			was, had := opened[p.Key()]
			if strings.TrimSpace(e.Text) == "" {
				changed = changed || had
				continue
			}
			filled = true
			v, perr := parseAmountOf(e.Text, format, d.goal)
			if perr != nil {
				err = cmp.Or(err, valueError(periodName(p), perr))
				changed = true
				continue
			}
			changed = changed || !had || v != was
			values = append(values, app.PeriodValue{PeriodKey: p.Key(), Value: v})
		}
		typedIn[s.fiscalYear(row[0])] = filled && changed
	}
	return values, typedIn, err
}

// keptAside are the values set aside that are saved: those of years out of
// the grid, and those of the grid's years whose row the user left empty
// or as it was opened. In a year the user typed values in, the grid alone
// decides: history takes each year from its finest cadence, so months set
// aside would otherwise win over the quarters just typed. A value set
// aside that does not read stops the step while its year is in the grid,
// where choosing its cadence shows it; out of the grid it is dropped, as
// no cell shows it any more.
func (s *historyStep) keptAside(typedIn map[int]bool) ([]app.PeriodValue, error) {
	format := s.wiz.ui.numberFormat()
	var out []app.PeriodValue
	var err error
	for _, c := range slices.Sorted(maps.Keys(s.aside)) {
		for _, key := range slices.Sorted(maps.Keys(s.aside[c])) {
			typed, inGrid := s.rowOf(key, typedIn)
			if typed {
				continue
			}
			v, verr := notation.ParseNumber(s.aside[c][key], format)
			switch {
			case verr == nil:
				out = append(out, app.PeriodValue{PeriodKey: key, Value: v})
			case inGrid:
				err = cmp.Or(err, valueError(periodKeyName(key), verr))
			}
		}
	}
	return out, err
}

// rowOf tells whether the fiscal year of the period keyed key has a row in
// the grid (a key of typedIn), and whether the user typed values in it.
func (s *historyStep) rowOf(key string, typedIn map[int]bool) (typed, inGrid bool) {
	p, err := app.ParsePeriodKey(key)
	if err != nil {
		return false, false
	}
	typed, inGrid = typedIn[s.fiscalYear(p)]
	return typed, inGrid
}

// fiscalYear is the fiscal year p counts in: the one its last day lies
// in, as a week counts in the year it ends in (a month, quarter or half
// lies in one year). By its first day, a week that ended on New Year's Day
// went with the year before: typing that year dropped the week, and the
// year after, short of it, left the check.
func (s *historyStep) fiscalYear(p app.Period) int {
	return s.wiz.cal.PeriodOf(app.CadenceYear, s.wiz.cal.End(p)).Year
}

// valueError says that the value of the period named period does not read, and why.
func valueError(period string, err error) error {
	return fieldError{text: lang.L("{{.Period}}: {{.Reason}}",
		map[string]any{"Period": period, "Reason": errorText(err)})}
}

func (s *historyStep) showError(err error) {
	if err == nil {
		s.errMsg.Hide()
		return
	}
	s.errMsg.SetText(err.Error())
	s.errMsg.Show()
}

func (s *historyStep) showCheck(r app.SMARTReport) { s.check.Show(r) }
