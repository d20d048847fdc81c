package views

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/data"
	"pacer/views/widgets"
)

// teamHost is what the Team settings use of the window: the shell, the
// open file, and showing a team's file just joined (openTeamFile).
type teamHost interface {
	shell
	teamStore() *data.Store
	isSample() bool
	openTeamFile(path string, keep func())
	useTeamPassword(s teamServer, pw string)
}

// teamStore is the open file, which a team syncs.
func (ui *mainUI) teamStore() *data.Store { return ui.deps.Store }

// runTeamWork runs work off the UI goroutine, then done with its error on
// it; tests replace it to run both at once.
var runTeamWork = func(timeout time.Duration, work func(ctx context.Context) error, done func(error)) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		err := work(ctx)
		onUI(func() { done(err) })
	}()
}

// teamSetupTimeout bounds creating and joining a team, which upload or
// download a whole plan.
const teamSetupTimeout = 10 * time.Minute

// formMessage is the line under a team form's button: what it is doing,
// what went wrong, or that it is done.
func formMessage() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func say(l *widget.Label, text string, imp widget.Importance) {
	l.SetText(text)
	l.Importance = imp
	l.Show()
	l.Refresh()
}

// createTeamForm sets a team up on a server from the open file: the
// server's admin login once, and the owner's own login.
type createTeamForm struct {
	host          teamHost
	server        *serverFields
	adminLogin    *teamField
	adminPassword *teamField
	login         *teamField
	name          *teamField
	password      *teamField
	create        *widget.Button
	msg           *widget.Label
	content       fyne.CanvasObject
	done          func() // after the team is made
}

func newCreateTeamForm(host teamHost, done func()) *createTeamForm {
	f := &createTeamForm{host: host, server: newServerFields(), msg: formMessage(), done: done,
		adminLogin:    newTeamField(widgets.NewEntry(), "postgres"),
		adminPassword: newTeamField(newPasswordEntry(), ""),
		login:         newTeamField(widgets.NewEntry(), "li.wei"),
		name:          newTeamField(widgets.NewEntry(), lang.L("Li Wei")),
		password:      newTeamField(newPasswordEntry(), ""),
	}
	f.create = widget.NewButtonWithIcon(lang.L("Create the team"), theme.ContentAddIcon(), f.onCreate)
	f.create.Importance = widget.HighImportance
	items := append(f.server.items(),
		widget.NewFormItem(lang.L("Admin login"), f.adminLogin.box),
		widget.NewFormItem(lang.L("Admin password"), f.adminPassword.box),
		widget.NewFormItem(lang.L("Your login"), f.login.box),
		widget.NewFormItem(lang.L("Your name"), f.name.box),
		widget.NewFormItem(lang.L("Your password"), f.password.box),
	)
	hint := wrapped(lang.L("For the owner: Pacer sets the team up on a PostgreSQL server the business has (a NAS, a small VPS, Supabase or Neon), makes you its first owner and uploads this file's plan. The admin login is used this once and not kept."))
	f.content = container.NewVBox(hint, widget.NewForm(items...), container.NewHBox(f.create), f.msg)
	if host.isSample() {
		f.create.Disable()
		say(f.msg, lang.L("The sample plan cannot be shared: open your own file first."), widget.MediumImportance)
	}
	return f
}

// check shows each wrong field's problem under it; ok when none is wrong.
func (f *createTeamForm) check() (admin teamServer, owner teamMember, ok bool) {
	admin, ok = f.server.server(f.adminLogin.text())
	ok = f.adminLogin.check(loginProblem(f.adminLogin.text())) && ok
	ok = f.adminPassword.check(passwordProblem(f.adminPassword.entry.Text, false)) && ok
	loginMsg := loginProblem(f.login.text())
	if loginMsg == "" && f.login.text() == f.adminLogin.text() {
		loginMsg = lang.L("Choose a login of your own, not the server's admin login.")
	}
	ok = f.login.check(loginMsg) && ok
	ok = f.name.check(nameProblem(f.name.text())) && ok
	ok = f.password.check(passwordProblem(f.password.entry.Text, true)) && ok
	return admin, teamMember{Login: f.login.text(), Name: f.name.text(), Role: roleOwner}, ok
}

func (f *createTeamForm) onCreate() {
	admin, owner, ok := f.check()
	if !ok {
		say(f.msg, lang.L("Correct the fields marked above."), widget.DangerImportance)
		return
	}
	adminPw, ownerPw := f.adminPassword.entry.Text, f.password.entry.Text
	store := f.host.teamStore()
	f.create.Disable()
	say(f.msg, lang.L("Creating the team and uploading this file's plan…"), widget.MediumImportance)
	runTeamWork(teamSetupTimeout, func(ctx context.Context) error {
		return teamEngineInUse.Create(ctx, store, admin, adminPw, owner, ownerPw)
	}, func(err error) {
		f.create.Enable()
		if err != nil {
			say(f.msg, lang.L("The team was not created: {{.Reason}}", map[string]any{"Reason": teamErrorText(err)}), widget.DangerImportance)
			return
		}
		f.adminPassword.entry.SetText("")
		mine := admin
		mine.User = owner.Login
		rememberTeamName(mine, owner.Name)
		rememberTeamRole(mine, roleOwner)
		f.host.useTeamPassword(mine, ownerPw)
		say(f.msg, lang.L("The team is ready. Add its members below."), widget.SuccessImportance)
		if f.done != nil {
			f.done()
		}
	})
}

// joinTeamForm makes a new local file for a team the user was added to,
// and fills it from the server.
type joinTeamForm struct {
	host     teamHost
	server   *serverFields
	login    *teamField
	password *teamField
	join     *widget.Button
	msg      *widget.Label
	content  fyne.CanvasObject
}

func newJoinTeamForm(host teamHost) *joinTeamForm {
	f := &joinTeamForm{host: host, server: newServerFields(), msg: formMessage(),
		login:    newTeamField(widgets.NewEntry(), "li.wei"),
		password: newTeamField(newPasswordEntry(), ""),
	}
	f.join = widget.NewButtonWithIcon(lang.L("Join the team…"), theme.LoginIcon(), f.onJoin)
	items := append(f.server.items(),
		widget.NewFormItem(lang.L("Your login"), f.login.box),
		widget.NewFormItem(lang.L("Your password"), f.password.box),
	)
	hint := wrapped(lang.L("For someone the owner has added: Pacer makes a new file on this laptop for the team's plan and fills it from the server. The file open now is left as it is."))
	f.content = container.NewVBox(hint, widget.NewForm(items...), container.NewHBox(f.join), f.msg)
	return f
}

func (f *joinTeamForm) check() (teamServer, bool) {
	s, ok := f.server.server(f.login.text())
	ok = f.login.check(loginProblem(f.login.text())) && ok
	ok = f.password.check(passwordProblem(f.password.entry.Text, false)) && ok
	return s, ok
}

func (f *joinTeamForm) onJoin() {
	s, ok := f.check()
	if !ok {
		say(f.msg, lang.L("Correct the fields marked above."), widget.DangerImportance)
		return
	}
	path, err := f.host.chooser().saveFile(lang.L("Where to keep the team's file on this laptop"), s.Database+".db", dbFilter())
	if err != nil || path == "" {
		f.host.showErrorIf(err)
		return
	}
	if fileExists(path) {
		say(f.msg, lang.L("{{.Path}} already exists: choose a new file for the team.", map[string]any{"Path": path}), widget.DangerImportance)
		return
	}
	pw := f.password.entry.Text
	f.join.Disable()
	say(f.msg, lang.L("Joining the team and downloading its plan…"), widget.MediumImportance)
	runTeamWork(teamSetupTimeout, func(ctx context.Context) error {
		st, err := teamEngineInUse.Join(ctx, path, s, pw)
		if err != nil {
			return err
		}
		return st.Close()
	}, func(err error) {
		f.join.Enable()
		if err != nil {
			say(f.msg, lang.L("Could not join the team: {{.Reason}}", map[string]any{"Reason": teamErrorText(err)}), widget.DangerImportance)
			return
		}
		keepTeamPassword(s, pw)
		f.host.openTeamFile(path, func() {
			say(f.msg, lang.L("Joined: the team's file is {{.Path}}. Open it with Open database once your changes are saved.",
				map[string]any{"Path": path}), widget.SuccessImportance)
		})
	})
}
