package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

// startStep lets the user begin from a blank goal or a template.
type startStep struct {
	wiz       *goalWizard
	templates []app.Template
	choice    *widget.RadioGroup
	names     []string
}

func newStartStep(w *goalWizard) *startStep {
	s := &startStep{wiz: w, templates: app.Templates()}
	for _, t := range s.templates {
		s.names = append(s.names, templateName(t.ID))
	}
	s.choice = widget.NewRadioGroup(s.names, nil)
	s.choice.Required = true
	return s
}

func (s *startStep) title() string { return lang.L("Start from") }

func (s *startStep) object() fyne.CanvasObject {
	if s.wiz.editing() {
		// A template fills in a new goal only (apply): offered for a saved
		// one, it read as a way to overwrite the goal's fields.
		s.choice.Disable()
		return container.NewVBox(
			stepHeading(lang.L("This goal is saved: a template only fills in a new goal, so the goal's kind, unit and how its values add up are changed in the next steps.")),
			s.choice)
	}
	return container.NewVBox(
		stepHeading(lang.L("Start from a blank goal or from a template that fills in the kind, unit and how values add up.")),
		s.choice)
}

func (s *startStep) load(d *goalDraft) {
	for i, t := range s.templates {
		if t.ID == d.template {
			s.choice.SetSelected(s.names[i])
			return
		}
	}
	s.choice.SetSelected(s.names[0])
}

func (s *startStep) apply(d *goalDraft) error {
	for i, name := range s.names {
		if name != s.choice.Selected {
			continue
		}
		t := s.templates[i]
		// Editing a saved goal keeps its fields; a template only fills a new one.
		if t.ID != d.template && d.goal.ID == 0 {
			s.applyTemplate(t, &d.goal)
		}
		d.template = t.ID
	}
	return nil
}

func (s *startStep) showCheck(app.SMARTReport) {}

// applyTemplate fills g from t, in the business's currency and, for a
// blank goal, its default check-in cadence.
func (s *startStep) applyTemplate(t app.Template, g *app.Goal) {
	t.Apply(g)
	if g.Unit == app.UnitCurrency {
		g.UnitLabel = s.wiz.ui.currency()
	}
	if t.ID == app.TemplateBlank {
		g.Cadence = s.wiz.ui.defaultCadence()
		g.PlanBy = planByFor(g.Cadence)
	}
}

// planByFor is the plan period of a goal checked in every c: the plan is
// split no finer than by month.
func planByFor(c app.Cadence) app.Cadence {
	if c == app.CadenceQuarter {
		return app.CadenceQuarter
	}
	return app.CadenceMonth
}

// specificStep asks what exactly the goal is and who owns it.
type specificStep struct {
	wiz          *goalWizard
	titleEntry   *widgets.KeyEntry
	description  *widgets.KeyEntry
	perspective  *widgets.KeySelect
	owner        *widgets.KeyEntry
	perspectives choice[app.Perspective]
	check        *widgets.CheckPanel
}

func newSpecificStep(w *goalWizard) *specificStep {
	s := &specificStep{wiz: w, check: widgets.NewCheckPanel(false, "S").Also("R", app.MsgRNoPerspective)}
	s.titleEntry = widgets.NewEntry()
	s.titleEntry.SetPlaceHolder(lang.L("e.g. In 2023 raise North-America sales by 20%, every quarter at least +5%"))
	s.titleEntry.OnChanged = func(string) { w.changed() }
	s.description = widgets.NewMultiLineEntry()
	s.description.SetMinRowsVisible(3)
	s.perspectives = newChoice(perspectives, perspectiveLabel)
	s.perspective = s.perspectives.newSelect(func(app.Perspective) { w.changed() })
	s.owner = widgets.NewEntry()
	s.owner.SetPlaceHolder(lang.L("Who answers for this goal"))
	s.owner.OnChanged = func(string) { w.changed() }
	return s
}

func (s *specificStep) title() string { return lang.L("Specific") }

func (s *specificStep) object() fyne.CanvasObject {
	return stepPage(lang.L("Say what is measured, for which market, product or team, by how much and by when."), s.check, []*widget.FormItem{
		{Text: lang.L("Title"), Widget: s.titleEntry},
		{Text: lang.L("Details"), Widget: s.description},
		{Text: lang.L("Perspective"), Widget: s.perspective},
		{Text: lang.L("Owner"), Widget: s.owner},
	})
}

func (s *specificStep) load(d *goalDraft) {
	s.titleEntry.SetText(d.goal.Title)
	s.description.SetText(d.goal.Description)
	s.perspective.SetSelected(s.perspectives.label(d.goal.Perspective))
	s.owner.SetText(d.goal.Owner)
}

func (s *specificStep) apply(d *goalDraft) error {
	d.goal.Title = strings.TrimSpace(s.titleEntry.Text)
	d.goal.Description = strings.TrimSpace(s.description.Text)
	if p, ok := s.perspectives.value(s.perspective.Selected); ok {
		d.goal.Perspective = p
	}
	d.goal.Owner = strings.TrimSpace(s.owner.Text)
	if d.goal.Title == "" {
		return fieldError{text: lang.L("Give the goal a title."), missing: true}
	}
	return nil
}

func (s *specificStep) showCheck(r app.SMARTReport) { s.check.Show(r) }
