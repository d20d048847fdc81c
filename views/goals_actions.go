package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

func (s *goalsScreen) onNewGoal() {
	s.openWizard(&goalDraft{template: "blank"})
}

func (s *goalsScreen) onEdit(g app.Goal) {
	draft, err := s.draftOf(g)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.openWizard(draft)
}

// draftOf loads a saved goal with its plan and history for the wizard.
func (s *goalsScreen) draftOf(g app.Goal) (*goalDraft, error) {
	store, ctx := s.ui.store, s.ui.context()
	plan, err := store.CurrentPlan(ctx, g.ID)
	if err != nil {
		return nil, err
	}
	history, err := store.History(ctx, g.ID)
	if err != nil {
		return nil, err
	}
	checkIns, err := store.CheckIns(ctx, g.ID)
	if err != nil {
		return nil, err
	}
	d := &goalDraft{goal: g, template: "blank", plan: plan.Periods, history: app.ValuesFromHistory(history),
		splitMode: splitManual, floorMode: floorNone, planRevision: plan.Revision,
		actuals: app.ValuesFromCheckIns(checkIns)}
	if len(plan.Periods) == 0 {
		d.splitMode = ""
	}
	for _, pt := range plan.Periods {
		if pt.Floor != nil {
			d.floorMode = floorKeep
		}
	}
	d.historyBy = historyCadence(s.ui.calendar(), g, d.history)
	return d, nil
}

// historyCadence is the cadence the History step first shows goal g's
// history by: months when more of the values in the step's years (the
// fiscal years before g's start, as cal counts them) are months than
// quarters, else quarters; a history with none in those years is judged
// whole. Years, halves and weeks are not counted, wherever they come: a
// history that begins with "2019" or "2022-H1" is no monthly one.
func historyCadence(cal app.Calendar, g app.Goal, history []app.PeriodValue) app.Cadence {
	var months, quarters, allMonths, allQuarters int
	startYear := cal.PeriodOf(app.CadenceYear, g.Start).Year
	for _, v := range history {
		p, err := app.ParsePeriodKey(v.PeriodKey)
		if err != nil || p.Cadence != app.CadenceMonth && p.Cadence != app.CadenceQuarter {
			continue
		}
		fy := cal.PeriodOf(app.CadenceYear, cal.Start(p)).Year
		shown := !g.Start.IsZero() && fy >= startYear-historyYears && fy < startYear
		if p.Cadence == app.CadenceMonth {
			allMonths++
			months += boolCount(shown)
		} else {
			allQuarters++
			quarters += boolCount(shown)
		}
	}
	if months+quarters == 0 {
		months, quarters = allMonths, allQuarters
	}
	if months > quarters {
		return app.CadenceMonth
	}
	return app.CadenceQuarter
}

// boolCount is 1 for true, 0 for false.
func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *goalsScreen) openWizard(d *goalDraft) {
	s.wizard = newGoalWizard(wizardDeps{s.ui.shell, s.ui.store}, d, s.onWizardDone)
	s.content.Objects = []fyne.CanvasObject{s.wizard.content}
	s.content.Refresh()
}

func (s *goalsScreen) onWizardDone(saved bool) {
	s.wizard = nil
	s.refresh()
}

func (s *goalsScreen) onArchive(g app.Goal) {
	if err := s.ui.store.SetGoalArchived(s.ui.context(), g.ID, !g.Archived); err != nil {
		s.ui.showError(err)
		return
	}
	s.refresh()
}

// onDelete asks before deleting, and says what goes with the goal.
func (s *goalsScreen) onDelete(g app.Goal) {
	deps, err := s.ui.store.GoalDependents(s.ui.context(), g.ID)
	if err != nil {
		s.ui.showError(err)
		return
	}
	msg := lang.L("Delete \"{{.Title}}\"? This cannot be undone.", map[string]any{"Title": g.Title}) + "\n\n" +
		lang.L("Deleted with it — check-ins: {{.CheckIns}}, history values: {{.History}}, plan revisions: {{.Plans}}, reviews: {{.Reviews}}.",
			map[string]any{"CheckIns": deps.CheckIns, "History": deps.History, "Plans": deps.PlanRevisions, "Reviews": deps.Reviews}) + "\n" +
		lang.L("Kept, but unlinked — action plans: {{.Actions}}, sub-goals: {{.Children}}.",
			map[string]any{"Actions": deps.ActionPlans, "Children": deps.Children}) + "\n\n" +
		lang.L("To keep its numbers, archive it instead.")
	d := dialog.NewConfirm(lang.L("Delete goal"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := s.ui.store.DeleteGoal(s.ui.context(), g.ID); err != nil {
			s.ui.showError(err)
			return
		}
		s.refresh()
	}, s.ui.window())
	d.SetConfirmText(lang.L("Delete"))
	d.SetDismissText(lang.L("Cancel"))
	s.ui.showDestructive(d)
}

// onSelect opens the detail of the goal picked in the list, by a click or
// by Space on the focused list, as a dashboard card does.
func (s *goalsScreen) onSelect(id widget.ListItemID) {
	s.list.UnselectAll()
	if id < len(s.rows) {
		s.openDetail(s.rows[id].goal.ID)
	}
}

// openDetail shows the plan against the actuals of the goal with the
// given ID, read afresh, in place of the list: the dashboard's detail.
func (s *goalsScreen) openDetail(goalID int64) {
	p, err := loadGoalPace(s.ui.shell, s.ui.store, goalID)
	if err != nil {
		s.closeDetail()
		if app.ErrorCode(err) != app.ENotFound { // a goal deleted meanwhile just leaves the list
			s.ui.showError(err)
		}
		return
	}
	var d *goalDetail
	// A re-plan refreshes the screen in view, which shows the detail
	// anew: only a detail still shown need be made again.
	d = newGoalDetail(goalDetailDeps{s.ui.shell, s.ui.store}, p, s.closeDetail, func() {
		if s.detail == d {
			s.openDetail(goalID)
		}
	})
	d.back.SetText(lang.L("Back to goals"))
	// Shown anew after a save or a refresh, the detail stays on the tab
	// the user was on, as the dashboard's does.
	if s.onBreakdown[goalID] {
		d.showBreakdown()
	}
	d.onTab = func(breakdown bool) { s.onBreakdown[goalID] = breakdown }
	s.detail = d
	s.content.Objects = []fyne.CanvasObject{d.content}
	s.content.Refresh()
}

// closeDetail goes back from a goal's detail to the list, read afresh.
func (s *goalsScreen) closeDetail() {
	if s.detail == nil {
		return
	}
	s.detail = nil
	s.content.Objects = []fyne.CanvasObject{s.listView}
	s.content.Refresh()
	s.refresh()
}
