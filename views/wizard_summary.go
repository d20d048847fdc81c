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

// relevantStep asks why the goal matters and where it sits among the others.
type relevantStep struct {
	wiz       *goalWizard
	rationale *widgets.KeyEntry
	parent    *widgets.KeySelect
	weight    *numberField
	parents   []app.Goal
	check     *widgets.CheckPanel
}

func newRelevantStep(w *goalWizard) *relevantStep {
	s := &relevantStep{wiz: w, check: widgets.NewCheckPanel(false, "R")}
	s.rationale = widgets.NewMultiLineEntry()
	s.rationale.SetMinRowsVisible(3)
	s.rationale.SetPlaceHolder(lang.L("e.g. North America is our fastest-growing market; this funds next year's hires"))
	s.rationale.OnChanged = func(string) { w.changed() }
	s.parent = widgets.NewSelect(nil, func(string) { w.changed() })
	s.weight = newNumberField(lang.L("Share of the parent goal, in %"), func() { w.changed() })
	s.weight.quiet = w.isTyping
	return s
}

func (s *relevantStep) title() string { return lang.L("Relevant") }

func (s *relevantStep) object() fyne.CanvasObject {
	return stepPage(lang.L("A relevant goal serves the business: say why it matters, or link it to the goal it helps reach."), s.check, []*widget.FormItem{
		{Text: lang.L("Why it matters"), Widget: s.rationale},
		{Text: lang.L("Parent goal"), Widget: s.parent},
		{Text: lang.L("Weight in the parent (%)"), Widget: s.weight.object()},
	})
}

func (s *relevantStep) load(d *goalDraft) {
	s.rationale.SetText(d.goal.Rationale)
	s.loadParents(d)
	s.weight.format = s.wiz.ui.numberFormat()
	if d.goal.ParentID != nil {
		pct := d.goal.Weight * 100
		s.weight.setValue(&pct, 1)
	} else {
		s.weight.setValue(nil, 0)
	}
}

func (s *relevantStep) loadParents(d *goalDraft) {
	s.parents = nil
	options := []string{lang.L("None")}
	selected := options[0]
	if store := s.wiz.ui.store; store != nil {
		goals, err := store.ListGoals(s.wiz.ui.context(), app.GoalFilter{IncludeArchived: true})
		if err != nil {
			s.wiz.ui.showError(err)
		}
		for _, g := range goals {
			if g.ID != d.goal.ID {
				s.parents = append(s.parents, g)
			}
		}
		for i, label := range goalLabels(s.parents) {
			options = append(options, label)
			if d.goal.ParentID != nil && *d.goal.ParentID == s.parents[i].ID {
				selected = label
			}
		}
	}
	s.parent.SetOptions(options)
	s.parent.SetSelected(selected)
}

func (s *relevantStep) apply(d *goalDraft) error {
	d.goal.Rationale = strings.TrimSpace(s.rationale.Text)
	d.goal.ParentID = nil
	d.goal.Weight = 0
	idx := s.parent.SelectedIndex() - 1
	if idx < 0 || idx >= len(s.parents) {
		return nil
	}
	id := s.parents[idx].ID
	d.goal.ParentID = &id
	pct, ok, err := s.weight.value()
	if err != nil {
		return err
	}
	if !ok {
		pct = 100
	}
	if pct <= 0 || pct > 100 {
		return fieldError{text: lang.L("The weight is a share of the parent goal, between 0 and 100%.")}
	}
	d.goal.Weight = pct / 100
	return nil
}

func (s *relevantStep) showCheck(r app.SMARTReport) { s.check.Show(r) }

// summaryStep shows the SMART card: one row per letter with the reason and the fix.
type summaryStep struct {
	wiz    *goalWizard
	recap  *widget.Label
	card   *widgets.CheckPanel
	status *widget.Label
}

func newSummaryStep(w *goalWizard) *summaryStep {
	s := &summaryStep{wiz: w, card: widgets.NewCheckPanel(true, "S", "M", "A", "R", "T")}
	s.recap = widget.NewLabel("")
	s.recap.Wrapping = fyne.TextWrapWord
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	return s
}

func (s *summaryStep) title() string { return lang.L("Summary") }

func (s *summaryStep) object() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("SMART check"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(s.recap, widget.NewSeparator(), title, s.card.Object(), widget.NewSeparator(), s.status)
}

func (s *summaryStep) load(d *goalDraft) {
	g := d.goal
	args := map[string]any{
		"Title":  g.Title,
		"Target": valueText(g, g.Target),
		"Start":  g.Start.String(),
		"End":    g.End.String(),
		"Count":  len(d.plan),
	}
	recap := lang.L("{{.Title}}\nTarget {{.Target}}, from {{.Start}} to {{.End}}, planned over {{.Count}} periods.", args)
	if len(d.plan) == 1 {
		recap = lang.L("{{.Title}}\nTarget {{.Target}}, from {{.Start}} to {{.End}}, planned as one period.", args)
	}
	s.recap.SetText(recap)
}

func (s *summaryStep) apply(*goalDraft) error { return nil }

func (s *summaryStep) showCheck(r app.SMARTReport) {
	s.card.Show(r)
	switch {
	case !r.CanSave():
		s.status.SetText(lang.L("Fix the rows marked Fail before saving. Warnings may be saved."))
		s.status.Importance = widget.DangerImportance
	case hasWarning(r):
		s.status.SetText(lang.L("The goal can be saved; the warnings above are worth a second look."))
		s.status.Importance = widget.WarningImportance
	default:
		s.status.SetText(lang.L("All five SMART checks pass. Save the goal."))
		s.status.Importance = widget.SuccessImportance
	}
	s.status.Refresh()
}

func hasWarning(r app.SMARTReport) bool {
	for _, l := range r.Letters {
		if l.Verdict == app.VerdictWarn {
			return true
		}
	}
	return false
}
