package views

import (
	"strings"

	"fyne.io/fyne/v2/lang"
)

// unsavedWork names what the window holds changed and not saved: the goal
// in the wizard, the action plan in the editor, the gap analysis, and the
// forms shown in dialogs with something typed (a check-in, a re-plan), and
// the business settings.
func (ui *mainUI) unsavedWork() []string {
	out := ui.typedInDialogs()
	if gs := builtScreen[*goalsScreen](ui); gs != nil && gs.wizard != nil && gs.wizard.edited() {
		out = append(out, lang.L("the goal wizard"))
	}
	if s := builtScreen[*actionsScreen](ui); s != nil && s.editor != nil && s.editor.changed() {
		out = append(out, lang.L("the action plan editor"))
	}
	if s := builtScreen[*reviewsScreen](ui); s != nil && s.gap != nil && s.gap.changed() {
		out = append(out, lang.L("the gap analysis"))
	}
	if s := builtScreen[*settingsScreen](ui); s != nil && s.business != nil && s.business.changed() {
		out = append(out, lang.L("the business settings"))
	}
	return out
}

// whenLeavingFile runs leave, which shows another file or closes the
// window, at once when nothing is changed and not saved, else only after
// asking: the screens are built anew on the other file, so what was
// typed in them would be lost.
func (ui *mainUI) whenLeavingFile(leave func()) {
	ui.whenLeavingFileOr(leave, nil)
}

// whenLeavingFileOr is whenLeavingFile, running keep, when not nil, if the
// user keeps the changes and stays on this file.
func (ui *mainUI) whenLeavingFileOr(leave, keep func()) {
	work := ui.unsavedWork()
	if len(work) == 0 {
		leave()
		return
	}
	askUnsaved(ui, unsavedQuestion{title: lang.L("Discard the changes not saved?"),
		text: lang.L("There are changes not saved in {{.Work}}. Closing this file drops them.",
			map[string]any{"Work": strings.Join(work, lang.L(", "))}),
		discard: leave, keep: keep})
}

// openTeamFile shows the file of a team just joined, asking first as
// whenLeavingFile does; keep runs when the user stays on this file.
func (ui *mainUI) openTeamFile(path string, keep func()) {
	ui.whenLeavingFileOr(func() { ui.openDatabase(path) }, keep)
}
