package views

import (
	"image/color"
	"sort"

	"fyne.io/fyne/v2/theme"

	"pacer/app"
	"pacer/data"
)

// goalPace is everything the dashboard shows of one goal.
type goalPace struct {
	goal       data.Goal
	plan       []data.PeriodTarget
	values     []app.PeriodValue
	assessment app.Assessment
	projection app.Projection
	// rolledUp is the weighted progress of the goal's sub-goals, when it has any.
	rolledUp   float64
	hasRollUp  bool
	childCount int
}

// loadPaces works out pace, status and projection for every active goal.
func (ui *mainUI) loadPaces() ([]goalPace, error) {
	goals, err := ui.deps.Store.ListGoals(ui.ctx, data.GoalFilter{})
	if err != nil {
		return nil, err
	}
	cal, today, th := ui.calendar(), ui.today(), app.DefaultThresholds
	paces := make([]goalPace, 0, len(goals))
	for _, g := range goals {
		plan, err := ui.deps.Store.CurrentPlan(ui.ctx, g.ID)
		if err != nil {
			return nil, err
		}
		cs, err := ui.deps.Store.CheckIns(ui.ctx, g.ID)
		if err != nil {
			return nil, err
		}
		values := app.ValuesFromCheckIns(cs)
		paces = append(paces, goalPace{goal: g, plan: plan.Periods, values: values,
			assessment: app.Assess(cal, g, plan.Periods, values, today, th),
			projection: app.Project(cal, g, plan.Periods, values, today)})
	}
	rollUpParents(paces)
	return paces, nil
}

// rollUpParents gives each parent goal the weighted progress of its children.
func rollUpParents(paces []goalPace) {
	children := map[int64][]app.WeightedProgress{}
	for _, p := range paces {
		if p.goal.ParentID != nil {
			children[*p.goal.ParentID] = append(children[*p.goal.ParentID], app.WeightedProgress{
				Weight: p.goal.Weight, Progress: p.assessment.Progress, OK: p.assessment.Status != app.StatusNoData})
		}
	}
	for i := range paces {
		kids := children[paces[i].goal.ID]
		paces[i].childCount = len(kids)
		paces[i].rolledUp, paces[i].hasRollUp = app.RollUpProgress(kids)
	}
}

// statusOrder ranks statuses from the one that needs attention most.
var statusOrder = map[app.Status]int{
	app.StatusOffTrack: 0, app.StatusMissed: 1, app.StatusAtRisk: 2, app.StatusPartial: 3,
	app.StatusNoData: 4, app.StatusOnTrack: 5, app.StatusAchieved: 6,
}

// The dashboard's sort orders.
const (
	sortByStatus   = "status"
	sortByProgress = "progress"
	sortByTitle    = "title"
)

func sortPaces(paces []goalPace, by string) {
	sort.SliceStable(paces, func(i, j int) bool {
		a, b := paces[i], paces[j]
		switch by {
		case sortByProgress:
			return a.assessment.Progress < b.assessment.Progress
		case sortByTitle:
			return a.goal.Title < b.goal.Title
		}
		return statusOrder[a.assessment.Status] < statusOrder[b.assessment.Status]
	})
}

// statusColor is the colour of a status; the status is always written out too,
// so colour is never the only signal.
func statusColor(s app.Status) color.Color {
	switch s {
	case app.StatusOnTrack, app.StatusAchieved:
		return theme.Color(theme.ColorNameSuccess)
	case app.StatusAtRisk, app.StatusPartial:
		return theme.Color(theme.ColorNameWarning)
	case app.StatusOffTrack, app.StatusMissed:
		return theme.Color(theme.ColorNameError)
	}
	return theme.Color(theme.ColorNameDisabled)
}
