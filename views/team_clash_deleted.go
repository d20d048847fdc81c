package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/data/team"
)

// deletedRow is a flag of a row deleted on the team while someone's work
// on it had not reached there: what went, whose work, and the choice to
// restore it (an owner, as the server takes goals from owners only) or
// let it go (an owner, or the member whose own work it set aside). The
// work stays set aside until then.
func (c *teamClashes) deletedRow(cl team.Clash) fyne.CanvasObject {
	rows, err := team.DeletedRows(cl)
	if err != nil {
		c.host.showError(err)
	}
	if len(rows) == 0 {
		return widget.NewLabel("")
	}
	args := map[string]any{"What": c.deletedName(rows[0]), "Author": authorName(c.host.teamStore(), cl.Author),
		"Work": deletedWork(rows)}
	letGo := widget.NewButtonWithIcon(lang.L("Let it go"), theme.DeleteIcon(), func() { c.resolve(cl.ID, false) })
	text := wrapped(deletedText(cl.Field, c.isOwner(), args))
	switch {
	case !c.isOwner() && cl.Field == team.FieldDeleted && cl.Author == c.login:
		return newBorder(nil, nil, nil, letGo, text)
	case !c.isOwner():
		// Others' work, set aside on their laptop or by this one's
		// delete over it: only an owner, who can restore it, lets it go.
		return text
	}
	back := widget.NewButtonWithIcon(lang.L("Restore"), theme.ContentUndoIcon(), func() { c.resolve(cl.ID, true) })
	return newBorder(nil, nil, nil, container.NewHBox(letGo, back), text)
}

// deletedText says what a delete took and was set aside: a delete that
// reached this laptop over Author's work, or Author's delete made over
// others' changes; to an owner, that restoring brings it back.
func deletedText(field string, owner bool, args map[string]any) string {
	switch {
	case field == team.FieldDeletedOver && owner:
		return lang.L("{{.What}} was deleted by {{.Author}} before changes made to it meanwhile reached them ({{.Work}}); they are set aside with it. Restoring brings it back to everyone with them.", args)
	case field == team.FieldDeletedOver:
		return lang.L("{{.What}} was deleted by {{.Author}} before changes made to it meanwhile reached them ({{.Work}}); they are set aside with it, and an owner can restore it.", args)
	case owner:
		return lang.L("{{.What}} was deleted on the team before {{.Author}}'s changes to it reached there ({{.Work}}); they are set aside with it. Restoring brings it back to everyone with them.", args)
	}
	return lang.L("{{.What}} was deleted on the team before {{.Author}}'s changes to it reached there ({{.Work}}); they are set aside with it, and an owner can restore it.", args)
}

// deletedName names the deleted row: a goal by its title, else as a
// clash names its kind (a check-in).
func (c *teamClashes) deletedName(r team.KeptRow) string {
	if title, ok := r.Doc["title"].(string); ok && r.Kind == "goals" {
		return lang.L("Goal “{{.Title}}”", map[string]any{"Title": title})
	}
	return c.rowName(team.Clash{Kind: r.Kind}, nil)
}

// deletedWork lists the kinds of unseen work set aside, each with how
// many rows: "Check-ins (2), Follow-ups (1)".
func deletedWork(rows []team.KeptRow) string {
	var order []string
	n := map[string]int{}
	for _, r := range rows {
		if !r.Unseen {
			continue
		}
		l := teamKindName(r.Kind).work
		if n[l] == 0 {
			order = append(order, l)
		}
		n[l]++
	}
	parts := make([]string, len(order))
	for i, l := range order {
		parts[i] = fmt.Sprintf("%s (%d)", l, n[l])
	}
	return strings.Join(parts, lang.L(", "))
}
