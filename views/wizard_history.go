package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
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
	cells    map[string]*widgets.KeyEntry // by period key
	errMsg   *widget.Label
	check    *widgets.CheckPanel
	shownBy  app.Cadence
	// aside are the texts typed by a cadence no longer shown, by cadence
	// and period key: choosing that cadence again brings them back, so a
	// change of "Values by" never drops what was typed. Sums are not
	// converted between cadences: months add up to quarters only for
	// some measures, and a quarter cannot be split into months.
	aside     map[app.Cadence]map[string]string
	asideNote *widget.Label
}

func newHistoryStep(w *goalWizard) *historyStep {
	s := &historyStep{wiz: w, check: widgets.NewCheckPanel(false, "A"), grid: container.NewVBox(),
		aside: map[app.Cadence]map[string]string{}}
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

func (s *historyStep) object() fyne.CanvasObject {
	return stepPage(lang.L("Type what the business actually did in past years. Pacer uses it to judge whether the target is achievable and to spread it by season. Leave unknown periods empty."),
		s.check, []*widget.FormItem{{Text: lang.L("Values by"), Widget: s.by}}, s.asideNote, s.grid, s.errMsg)
}

func (s *historyStep) load(d *goalDraft) {
	if d.historyBy == "" {
		d.historyBy = app.CadenceQuarter
	}
	s.by.SetSelected(s.byChoice.label(d.historyBy))
	s.buildGrid(d, s.draftTexts(d))
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

// draftTexts are the draft's history values as the cells show them.
func (s *historyStep) draftTexts(d *goalDraft) map[string]string {
	out := map[string]string{}
	for _, v := range d.history {
		out[v.PeriodKey] = inputText(v.Value, d.goal.Decimals, s.wiz.ui.numberFormat())
	}
	return out
}

// showAside says which values are set aside, and that only the values
// shown are saved.
func (s *historyStep) showAside() {
	for _, c := range planCadences {
		if c != s.shownBy && len(s.aside[c]) > 0 {
			s.asideNote.SetText(lang.L("Values typed by {{.Cadence}} are kept aside while the wizard is open: choose {{.Choice}} again to bring them back. Only the values shown here are saved.",
				map[string]any{"Cadence": cadenceNoun(c), "Choice": s.byChoice.label(c)}))
			s.asideNote.Show()
			return
		}
	}
	s.asideNote.Hide()
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
	cols := len(rows[0]) + 1
	header := []fyne.CanvasObject{widget.NewLabel("")}
	for _, p := range rows[0] {
		header = append(header, widget.NewLabelWithStyle(periodColumnName(p), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	cells := header
	s.cells = map[string]*widgets.KeyEntry{}
	for _, row := range rows {
		cells = append(cells, widget.NewLabel(fiscalYearName(row[0].Year)))
		for _, p := range row {
			e := widgets.NewEntry()
			e.SetText(texts[p.Key()])
			e.OnChanged = func(string) { s.wiz.changed() }
			s.cells[p.Key()] = e
			cells = append(cells, e)
		}
	}
	s.grid.Objects = []fyne.CanvasObject{container.NewGridWithColumns(cols, cells...)}
	s.grid.Refresh()
	s.shownBy = d.historyBy
	s.setOutOfGridAside(texts)
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

func (s *historyStep) apply(d *goalDraft) error {
	if c, ok := s.byChoice.value(s.by.Selected); ok {
		d.historyBy = c
	}
	format := s.wiz.ui.numberFormat()
	var values []app.PeriodValue
	var firstErr error
	for _, row := range s.historyPeriods(d) {
		for _, p := range row {
			e := s.cells[p.Key()]
			if e == nil || e.Text == "" {
				continue
			}
			v, err := notation.ParseNumber(e.Text, format)
			if err != nil {
				if firstErr == nil {
					firstErr = fieldError{text: lang.L("{{.Period}}: {{.Reason}}",
						map[string]any{"Period": periodName(p), "Reason": errorText(err)})}
				}
				continue
			}
			values = append(values, app.PeriodValue{PeriodKey: p.Key(), Value: v})
		}
	}
	s.showError(firstErr)
	if firstErr != nil {
		return firstErr
	}
	d.history = values
	return nil
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
