package views

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data/team"
)

// teamAddsUp is the Team tab's list of goals whose team check-ins add up:
// each manager checks in their own part of a period (their region's
// sales) and the period's value is the sum of everyone's latest part.
// Only an owner changes it; a member sees it.
type teamAddsUp struct {
	host    teamHost
	isOwner func() bool
	list    *fyne.Container
	checks  *goalChecks
	ids     []int64 // the goals of checks, in its order
	content *fyne.Container
}

func newTeamAddsUp(host teamHost, isOwner func() bool) *teamAddsUp {
	a := &teamAddsUp{host: host, isOwner: isOwner, list: container.NewVBox()}
	a.content = container.NewVBox(widget.NewSeparator(), sectionTitle(lang.L("Team check-ins add up")),
		wrapped(lang.L("For a goal ticked here, each person checks in their own part of a period, such as their region's sales, and the period's value is the sum of everyone's latest part. Only an owner can change this.")),
		a.list)
	a.reload()
	return a
}

// reload lists the goals with their setting, to change for an owner.
func (a *teamAddsUp) reload() {
	ctx, store := a.host.context(), a.host.teamStore()
	goals, err := store.ListGoals(ctx, app.GoalFilter{})
	if err != nil {
		a.host.showError(err)
		return
	}
	on, err := team.AddsUp(ctx, store)
	if err != nil {
		a.host.showError(err)
		return
	}
	// A milestone is done or not: its parts never add up (the store
	// keeps it so), and it is not offered.
	goals = slices.DeleteFunc(goals, func(g app.Goal) bool { return g.Kind == app.KindMilestone })
	a.ids = make([]int64, len(goals))
	titles, ticked := make([]string, len(goals)), make([]bool, len(goals))
	for i, g := range goals {
		a.ids[i], titles[i], ticked[i] = g.ID, g.Title, on[g.ID]
	}
	// A long title wraps beside its box; 2,000 goals are a list.
	a.checks = newGoalChecks(titles)
	a.checks.setAll(ticked)
	a.checks.OnChanged = func(i int, on bool) { a.set(a.ids[i], on) }
	if !a.isOwner() {
		a.checks.Disable()
	}
	a.list.Objects = []fyne.CanvasObject{a.checks.box}
	if len(goals) == 0 {
		a.content.Hide()
	} else {
		a.content.Show()
	}
	a.content.Refresh()
}

// set changes how a goal's check-ins count, and sends it at once.
func (a *teamAddsUp) set(goalID int64, on bool) {
	if err := team.SetAddsUp(a.host.context(), a.host.teamStore(), goalID, on); err != nil {
		a.host.showError(err)
		a.reload()
		return
	}
	a.host.dataChanged()
	if ts := sessionOf(a.host.teamStore()); ts != nil {
		ts.syncer.SyncNow()
	}
}
