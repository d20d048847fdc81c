package views

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// timeStep asks when the goal runs and how often it is checked in, before
// the history, so that the history asks for the years before the goal.
type timeStep struct {
	wiz      *goalWizard
	start    *widgets.DateEntry
	end      *widgets.DateEntry
	cadence  *widgets.KeySelect
	cadences choice[app.Cadence]
	check    *widgets.CheckPanel
}

func newTimeStep(w *goalWizard) *timeStep {
	s := &timeStep{wiz: w, check: widgets.NewCheckPanel(false, "T")}
	s.start = widgets.NewDateEntry()
	s.start.OnChanged = func(*time.Time) { w.changed() }
	s.end = widgets.NewDateEntry()
	s.end.OnChanged = func(*time.Time) { w.changed() }
	s.cadences = newChoice(cadences, cadenceLabel)
	s.cadence = s.cadences.newSelect(func(app.Cadence) { w.changed() })
	return s
}

func (s *timeStep) title() string { return lang.L("Time-bound") }

func (s *timeStep) object() fyne.CanvasObject {
	return stepPage(lang.L("Set when the goal runs and how often its actual value is checked in."), s.check, []*widget.FormItem{
		{Text: lang.L("Start"), Widget: s.start},
		{Text: lang.L("End"), Widget: s.end},
		{Text: lang.L("Check-ins"), Widget: s.cadence},
	})
}

func (s *timeStep) load(d *goalDraft) {
	g := &d.goal
	if g.Start.IsZero() || g.End.IsZero() {
		g.Start, g.End = s.wiz.defaultSpan(g.Title)
	}
	if g.Cadence == "" {
		g.Cadence = s.wiz.ui.defaultCadence()
	}
	s.start.SetDay(g.Start)
	s.end.SetDay(g.End)
	s.cadence.SetSelected(s.cadences.label(g.Cadence))
	s.wiz.replan()
}

func (s *timeStep) apply(d *goalDraft) error {
	g := &d.goal
	start, startErr := s.start.Value()
	end, endErr := s.end.Value()
	if !start.IsZero() {
		g.Start = start
	}
	if !end.IsZero() {
		g.End = end
	}
	if c, ok := s.cadences.value(s.cadence.Selected); ok {
		// A new goal's plan follows a new check-in cadence unless it was
		// planned by another period than the old cadence's on purpose; a
		// saved goal's plan is changed on the Plan step only.
		if c != g.Cadence && g.PlanBy == planByFor(g.Cadence) && !s.wiz.editing() {
			g.PlanBy = planByFor(c)
		}
		g.Cadence = c
	}
	s.wiz.replan()
	if startErr != nil {
		return startErr
	}
	if endErr != nil {
		return endErr
	}
	if start.IsZero() || end.IsZero() {
		return fieldError{text: lang.L("Pick the start and end dates."), missing: true}
	}
	return nil
}

func (s *timeStep) showCheck(r app.SMARTReport) { s.check.Show(s.withUnsetDates(r)) }

// withUnsetDates is r with its Time-bound letter failed while the start or
// the end field names no day: the draft keeps the last dates that did, and
// judging those would pass or fail a span the user no longer sees.
func (s *timeStep) withUnsetDates(r app.SMARTReport) app.SMARTReport {
	var findings []app.Finding
	for _, f := range []struct {
		name  string
		entry *widgets.DateEntry
	}{{lang.L("Start"), s.start}, {lang.L("End"), s.end}} {
		if _, err := f.entry.Value(); err == nil && !f.entry.Blank() {
			continue
		}
		findings = append(findings, app.Finding{Verdict: app.VerdictFail,
			Message: app.MsgTDateUnread,
			Args:    map[string]any{"Field": f.name},
			Fix:     app.MsgTFixDateUnread})
	}
	if len(findings) == 0 {
		return r
	}
	out := app.SMARTReport{Letters: slices.Clone(r.Letters), WantsActuals: r.WantsActuals}
	t := app.LetterResult{Letter: "T", Verdict: app.VerdictFail, Findings: findings}
	if i := slices.IndexFunc(out.Letters, func(l app.LetterResult) bool { return l.Letter == "T" }); i >= 0 {
		out.Letters[i] = t
	} else {
		out.Letters = append(out.Letters, t)
	}
	return out
}

// defaultSpan is the span of a goal not dated yet: the fiscal year its
// title names ("In 2023 …"), else the current one.
func (w *goalWizard) defaultSpan(title string) (app.Date, app.Date) {
	years := app.TitleYears(title)
	if len(years) == 0 {
		return w.currentFiscalYear()
	}
	month := w.cal.FiscalStart
	if month == 0 {
		month = time.January
	}
	p := w.cal.PeriodOf(app.CadenceYear, app.NewDate(years[0], month, 1))
	return w.cal.Start(p), w.cal.End(p)
}
