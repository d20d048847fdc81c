package views

import (
	"encoding/json"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data/team"
)

// teamClashes lists what the sync could not merge on its own, in the Team
// tab: two owners' changes to one field from the same version (the
// server's was kept, yours set aside, to choose between) and check-ins
// made on a value someone had since changed (to note), and work set aside
// when the row it was on was deleted meanwhile (to restore or let go).
// Nothing is lost.
type teamClashes struct {
	host    teamHost
	isOwner func() bool // whether this login may restore a deleted goal
	login   string      // this laptop's login: a member lets go only flags of its own
	list    *fyne.Container
	content *fyne.Container
}

func newTeamClashes(host teamHost, isOwner func() bool, login string) *teamClashes {
	c := &teamClashes{host: host, isOwner: isOwner, login: login, list: container.NewVBox()}
	c.content = container.NewVBox(widget.NewSeparator(), sectionTitle(lang.L("To choose")), c.list)
	c.reload()
	return c
}

// reload reads the clashes not yet resolved from the file; hidden when none.
func (c *teamClashes) reload() {
	clashes, err := team.Clashes(c.host.context(), c.host.teamStore())
	if err != nil {
		c.host.showError(err)
		return
	}
	c.list.Objects = nil
	for _, cl := range clashes {
		c.list.Add(c.row(cl))
	}
	if len(clashes) == 0 {
		c.content.Hide()
	} else {
		c.content.Show()
	}
	c.content.Refresh()
}

// row is one clash in words, with its choices.
func (c *teamClashes) row(cl team.Clash) fyne.CanvasObject {
	if cl.Field == team.FieldDeleted || cl.Field == team.FieldDeletedOver {
		return c.deletedRow(cl)
	}
	who := authorName(c.host.teamStore(), cl.Author)
	g := c.goal(cl)
	args := map[string]any{"What": c.rowName(cl, g), "Field": clashFieldLabel(cl.Field), "Author": who,
		"Theirs": clashValueIn(g, cl, cl.Theirs), "Mine": clashValueIn(g, cl, cl.Mine)}
	if cl.What == "flag" {
		text := wrapped(lang.L("{{.What}}: checked in on a value {{.Author}} had since changed (it was {{.Theirs}}); the latest, {{.Mine}}, counts.", args))
		if cl.Field != "value" { // the note or confidence of a check-in of the same value
			text = wrapped(lang.L("{{.What}}, {{.Field}}: checked in over a change made meanwhile (it was {{.Theirs}}); the latest, {{.Mine}}, counts.", args))
		}
		seen := widget.NewButtonWithIcon(lang.L("Seen"), theme.ConfirmIcon(), func() { c.resolve(cl.ID, false) })
		return newBorder(nil, nil, nil, seen, text)
	}
	text := wrapped(lang.L("{{.What}}, {{.Field}}: {{.Author}} set {{.Theirs}}, which is kept; your {{.Mine}} is set aside.", args))
	mine := widget.NewButton(lang.L("Use mine"), func() { c.resolve(cl.ID, true) })
	theirs := widget.NewButton(lang.L("Keep theirs"), func() { c.resolve(cl.ID, false) })
	return newBorder(nil, nil, nil, container.NewHBox(theirs, mine), text)
}

// goal is the goal a clash's row is or belongs to, nil when none.
func (c *teamClashes) goal(cl team.Clash) *app.Goal {
	if cl.GoalID == 0 {
		return nil
	}
	g, err := c.host.teamStore().GoalByID(c.host.context(), cl.GoalID)
	if err != nil {
		return nil
	}
	return g
}

// rowName names the row a clash is about: the goal's title for a goal.
func (c *teamClashes) rowName(cl team.Clash, g *app.Goal) string {
	switch {
	case cl.Kind == "goals" && g != nil:
		return lang.L("Goal “{{.Title}}”", map[string]any{"Title": g.Title})
	case cl.Kind == "reviews" && g != nil:
		return lang.L("Gap analysis: {{.Goal}}, {{.Period}}", map[string]any{"Goal": g.Title, "Period": periodKeyName(cl.Period)})
	}
	return teamKindName(cl.Kind).one
}

// resolve closes a clash, with the set-aside value or as it stands.
func (c *teamClashes) resolve(id int64, keepMine bool) {
	if err := team.Resolve(c.host.context(), c.host.teamStore(), id, keepMine); err != nil {
		c.host.showError(err)
		return
	}
	c.host.dataChanged()
	c.reload()
}

// clashValue is a stored JSON value as the user reads it.
func clashValue(raw string) string {
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return raw
	}
	switch x := v.(type) {
	case nil:
		return lang.L("(empty)")
	case string:
		return "“" + x + "”"
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}
