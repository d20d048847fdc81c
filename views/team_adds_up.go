package views

import (
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
	checks  map[int64]*widget.Check
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
	owner := a.isOwner()
	a.list.Objects = nil
	a.checks = map[int64]*widget.Check{}
	for _, g := range goals {
		id := g.ID
		c := widget.NewCheck("", nil)
		c.SetChecked(on[id])
		c.OnChanged = func(v bool) { a.set(id, v) }
		if !owner {
			c.Disable()
		}
		a.checks[id] = c
		a.list.Add(newBorder(nil, nil, c, nil, wrapped(g.Title))) // a long title wraps beside its box
	}
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
