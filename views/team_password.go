package views

import (
	"context"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/views/widgets"
)

// newPasswordEntry is a password field that passes Escape and Enter on.
func newPasswordEntry() *widgets.KeyEntry {
	e := widgets.NewEntry()
	e.Password = true
	return e
}

// askTeamPassword asks for the password of s to start the open team file's
// sync; without it the file works on, offline, and says so.
func (ui *mainUI) askTeamPassword(s teamServer, noKeychain bool) {
	text := widget.NewLabel(teamPasswordPrompt(s, noKeychain))
	text.Wrapping = fyne.TextWrapWord
	pw := newPasswordEntry()
	body := newBorder(text, nil, nil, nil, pw)
	d := dialog.NewCustomConfirm(lang.L("Team password"), lang.L("Sync"), lang.L("Work offline"), body, func(ok bool) {
		if !ok || pw.Text == "" {
			ui.showNoPassword()
			return
		}
		ui.useTeamPassword(s, pw.Text)
	}, ui.win)
	d.Resize(fyne.NewSize(min(520, ui.win.Canvas().Size().Width-40), 0))
	ui.showDialog(d)
	ui.win.Canvas().Focus(pw)
}

// useTeamPassword keeps pw for s and (re)starts the open file's sync with it.
func (ui *mainUI) useTeamPassword(s teamServer, pw string) {
	keepTeamPassword(s, pw)
	ui.watchTeam(startSession(ui.deps.Store, s, pw))
	learnTeamNames(s, pw)
	// A Team tab built before the sync ran follows it now.
	if set := builtScreen[*settingsScreen](ui); set != nil && set.team != nil && set.team.linked != nil {
		set.team.linked.watch()
		set.team.linked.members.reload()
	}
}

// learnTeamNames asks the server, in the background, for the names the
// team's logins go by, to show beside what each wrote; offline, the names
// learnt before serve.
func learnTeamNames(s teamServer, pw string) {
	var members []teamMember
	runTeamWork(teamTimeout, func(ctx context.Context) error {
		var err error
		members, err = teamEngineInUse.Members(ctx, s, pw)
		return err
	}, func(err error) {
		for _, m := range members {
			who := s
			who.User = m.Login
			rememberTeamName(who, m.Name)
			rememberTeamRole(who, m.Role)
		}
	})
}

// keepTeamPassword keeps pw for s in the keychain when there is one, and
// else for this run of Pacer only: never in the file or the preferences.
func keepTeamPassword(s teamServer, pw string) {
	if err := keychainInUse.keep(s, pw); err != nil {
		log.Printf("pacer: team password kept for this run only: %v", err)
		typedPasswords.set(s, pw)
	}
}
