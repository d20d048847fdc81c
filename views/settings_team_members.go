package views

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/data/team"
	"pacer/views/widgets"
)

// teamMembers lists a team's people; an owner also adds and removes them.
type teamMembers struct {
	host     teamHost
	server   teamServer
	password func() string
	list     *fyne.Container
	msg      *widget.Label
	add      *addMemberForm
	members  []teamMember
	content  *fyne.Container
	onShow   func() // after the members are listed: who is an owner is known
}

func newTeamMembers(host teamHost, s teamServer, password func() string) *teamMembers {
	m := &teamMembers{host: host, server: s, password: password, list: container.NewVBox(), msg: formMessage()}
	m.add = newAddMemberForm(m)
	m.add.content.Hide()
	m.content = container.NewVBox(m.list, m.msg, m.add.content)
	m.reload()
	return m
}

// reload asks the server for the members, off the UI goroutine.
func (m *teamMembers) reload() {
	pw := m.password()
	if pw == "" {
		say(m.msg, lang.L("The members show once Pacer has the password."), widget.MediumImportance)
		return
	}
	say(m.msg, lang.L("Asking the server for the members…"), widget.MediumImportance)
	var got []teamMember
	runTeamWork(teamTimeout, func(ctx context.Context) error {
		var err error
		got, err = teamEngineInUse.Members(ctx, m.server, pw)
		return err
	}, func(err error) {
		if err != nil {
			if errors.Is(err, team.ErrRemoved) { // no longer in the team: no owner either
				rememberTeamRole(m.server, "-")
			}
			say(m.msg, lang.L("The members could not be read: {{.Reason}}", map[string]any{"Reason": teamErrorText(err)}), widget.DangerImportance)
			return
		}
		m.msg.Hide()
		m.show(got)
	})
}

// isOwner tells whether the login this file syncs as is one of the team's
// owners: by the members read from the server, or, until they are read
// (offline, or no password yet), by the role it had when last read.
func (m *teamMembers) isOwner() bool {
	if m.members == nil {
		return rememberedTeamRole(m.server) == roleOwner
	}
	for _, p := range m.members {
		if p.Login == m.server.User {
			return p.Role == roleOwner
		}
	}
	return false
}

// show lists members, with Remove beside the others' names for an owner.
func (m *teamMembers) show(members []teamMember) {
	m.members = members
	rememberTeamRole(m.server, "-") // none, unless the list names this login
	for _, p := range members {
		s := m.server
		s.User = p.Login
		rememberTeamName(s, p.Name)
		rememberTeamRole(s, p.Role)
	}
	owner := m.isOwner()
	m.list.Objects = nil
	for _, p := range members {
		row := wrapped(lang.L("{{.Name}} ({{.Login}}) · {{.Role}}", map[string]any{"Name": p.Name, "Login": p.Login, "Role": roleLabel(p.Role)}))
		var right fyne.CanvasObject
		if owner && p.Login != m.server.User {
			p := p
			right = widget.NewButtonWithIcon(lang.L("Remove…"), theme.DeleteIcon(), func() { m.confirmRemove(p) })
		}
		m.list.Add(newBorder(nil, nil, nil, right, row))
	}
	if owner {
		m.add.content.Show()
	} else {
		m.add.content.Hide()
	}
	m.content.Refresh()
	if m.onShow != nil {
		m.onShow()
	}
}

// roleLabel is a role in words.
func roleLabel(r teamRole) string {
	if r == roleOwner {
		return lang.L("Team owner")
	}
	return lang.L("Team member")
}

func (m *teamMembers) confirmRemove(p teamMember) {
	text := lang.L("Remove {{.Name}} ({{.Login}}) from the team? Their laptop stops syncing and keeps its file.", map[string]any{"Name": p.Name, "Login": p.Login})
	m.host.showDestructive(dialog.NewConfirm(lang.L("Remove from the team"), text, func(ok bool) {
		if ok {
			m.remove(p)
		}
	}, m.host.window()))
}

func (m *teamMembers) remove(p teamMember) {
	pw := m.password()
	say(m.msg, lang.L("Removing {{.Name}}…", map[string]any{"Name": p.Name}), widget.MediumImportance)
	runTeamWork(teamTimeout, func(ctx context.Context) error {
		return teamEngineInUse.RemoveMember(ctx, m.server, pw, p.Login)
	}, func(err error) {
		if err != nil {
			say(m.msg, lang.L("{{.Name}} was not removed: {{.Reason}}", map[string]any{"Name": p.Name, "Reason": teamErrorText(err)}), widget.DangerImportance)
			return
		}
		m.reload()
	})
}

// addMemberForm adds a person to the team with a login and a first
// password the owner hands them.
type addMemberForm struct {
	members  *teamMembers
	login    *teamField
	name     *teamField
	password *teamField
	role     *widgets.KeySelect
	roles    choice[teamRole]
	add      *widget.Button
	msg      *widget.Label
	content  fyne.CanvasObject
}

func newAddMemberForm(m *teamMembers) *addMemberForm {
	f := &addMemberForm{members: m, msg: formMessage(),
		login:    newTeamField(widgets.NewEntry(), "zhang.min"),
		name:     newTeamField(widgets.NewEntry(), lang.L("Zhang Min")),
		password: newTeamField(newPasswordEntry(), ""),
	}
	f.roles = newChoice([]teamRole{roleMember, roleOwner}, roleLabel)
	f.role = f.roles.newSelect(nil)
	f.role.SetSelectedIndex(0)
	f.add = widget.NewButtonWithIcon(lang.L("Add to the team"), theme.ContentAddIcon(), f.onAdd)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Login"), f.login.box),
		widget.NewFormItem(lang.L("Name"), f.name.box),
		widget.NewFormItem(lang.L("First password"), f.password.box),
		widget.NewFormItem(lang.L("Role"), f.role),
	)
	hint := wrapped(lang.L("An owner sets goals and plans and manages the members; a member checks in, gives feedback and follows up on actions, under their own name."))
	f.content = container.NewVBox(sectionTitle(lang.L("Add a member")), hint, form, container.NewHBox(f.add), f.msg)
	return f
}

func (f *addMemberForm) check() (teamMember, bool) {
	login := f.login.text()
	problem := loginProblem(login)
	for _, p := range f.members.members {
		if problem == "" && p.Login == login {
			problem = lang.L("{{.Login}} is already in the team.", map[string]any{"Login": login})
		}
	}
	ok := f.login.check(problem)
	ok = f.name.check(nameProblem(f.name.text())) && ok
	ok = f.password.check(passwordProblem(f.password.entry.Text, true)) && ok
	role, _ := f.roles.value(f.role.Selected)
	return teamMember{Login: login, Name: f.name.text(), Role: role}, ok
}

func (f *addMemberForm) onAdd() {
	p, ok := f.check()
	if !ok {
		say(f.msg, lang.L("Correct the fields marked above."), widget.DangerImportance)
		return
	}
	m, first := f.members, f.password.entry.Text
	pw := m.password()
	f.add.Disable()
	say(f.msg, lang.L("Adding {{.Name}}…", map[string]any{"Name": p.Name}), widget.MediumImportance)
	runTeamWork(teamTimeout, func(ctx context.Context) error {
		return teamEngineInUse.AddMember(ctx, m.server, pw, p, first)
	}, func(err error) {
		f.add.Enable()
		if err != nil {
			say(f.msg, lang.L("{{.Name}} was not added: {{.Reason}}", map[string]any{"Name": p.Name, "Reason": teamErrorText(err)}), widget.DangerImportance)
			return
		}
		say(f.msg, lang.L("{{.Name}} was added. Give them the server's address, their login and this password to join.", map[string]any{"Name": p.Name}), widget.SuccessImportance)
		f.login.entry.SetText("")
		f.name.entry.SetText("")
		f.password.entry.SetText("")
		m.reload()
	})
}
