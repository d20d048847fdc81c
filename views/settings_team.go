package views

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// teamSettings is Settings → Team: for a file of its own, creating a team
// on a server or joining one; for a team file, where and as whom it syncs,
// how the sync stands, and the members.
type teamSettings struct {
	host    teamHost
	content *fyne.Container
	create  *createTeamForm
	join    *joinTeamForm
	linked  *linkedTeam
}

func newTeamSettings(host teamHost) *teamSettings {
	t := &teamSettings{host: host, content: container.NewStack()}
	t.refresh()
	return t
}

// refresh shows the forms to set a team up, or the team of a linked file.
func (t *teamSettings) refresh() {
	store := t.host.teamStore()
	var s teamServer
	linked := false
	if store != nil && !t.host.isSample() {
		var err error
		s, linked, err = teamEngineInUse.Linked(t.host.context(), store)
		if err != nil {
			t.host.showError(err)
		}
	}
	if linked {
		t.linked = newLinkedTeam(t.host, s)
		t.content.Objects = []fyne.CanvasObject{t.linked.content}
	} else {
		t.create = newCreateTeamForm(t.host, t.refresh)
		t.join = newJoinTeamForm(t.host)
		t.content.Objects = []fyne.CanvasObject{container.NewVBox(
			sectionTitle(lang.L("Create a team on a server")), t.create.content,
			widget.NewSeparator(),
			sectionTitle(lang.L("Join a team")), t.join.content)}
	}
	t.content.Refresh()
}

// sectionTitle is a bold heading inside a settings tab.
func sectionTitle(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// linkedTeam is the Team tab of a team file: the server and login, the
// sync's status with Sync now, and the members.
type linkedTeam struct {
	host     teamHost
	server   teamServer
	status   *widget.Label
	tls      *widget.Label // whether the connection is encrypted, once connected
	syncNow  *widget.Button
	password *widget.Button
	members  *teamMembers
	clashes  *teamClashes
	addsUp   *teamAddsUp
	content  fyne.CanvasObject
	unwatch  func()
}

func newLinkedTeam(host teamHost, s teamServer) *linkedTeam {
	l := &linkedTeam{host: host, server: s, status: wrapped(""), tls: wrapped("")}
	l.syncNow = widget.NewButtonWithIcon(lang.L("Sync now"), theme.ViewRefreshIcon(), l.onSyncNow)
	l.password = widget.NewButtonWithIcon(lang.L("Enter the password again…"), theme.AccountIcon(), l.onPassword)
	where := widget.NewForm(
		widget.NewFormItem(lang.L("Server"), wrapped(serverText(s))),
		widget.NewFormItem(lang.L("Secure connection (sslmode)"), container.NewVBox(wrapped(sslModeText(s.SSLMode)), l.tls)),
		widget.NewFormItem(lang.L("Your login"), wrapped(s.User)),
		widget.NewFormItem(lang.L("Sync"), l.status),
	)
	l.members = newTeamMembers(host, s, l.currentPassword)
	hint := wrapped(lang.L("This file is shared with a team. Pacer works on it offline as ever, and sends and fetches the changes whenever the server can be reached. The password is kept in this computer's keychain, never in the file."))
	if _, _, err := keychainInUse.password(s); err != nil {
		hint.SetText(lang.L("This file is shared with a team. Pacer works on it offline as ever, and sends and fetches the changes whenever the server can be reached. This computer has no keychain, so Pacer asks for the password at each start and never writes it down."))
	}
	l.clashes = newTeamClashes(host, l.members.isOwner, s.User)
	l.addsUp = newTeamAddsUp(host, l.members.isOwner)
	l.members.onShow = func() {
		l.addsUp.reload()
		l.clashes.reload() // an owner is offered to restore what was deleted
	}
	l.content = container.NewVBox(hint, where, container.NewHBox(l.syncNow, l.password), l.clashes.content,
		widget.NewSeparator(), sectionTitle(lang.L("Members")), l.members.content, l.addsUp.content)
	l.watch()
	return l
}

// sslModeText says what an sslmode means for the connection.
func sslModeText(mode string) string {
	switch mode {
	case "", "prefer":
		return lang.L("prefer: encrypted (TLS) whenever the server offers it")
	case "require":
		return lang.L("require: always encrypted (TLS)")
	case "verify-full":
		return lang.L("verify-full: encrypted, and the server's certificate checked")
	case "disable":
		return lang.L("disable: not encrypted")
	}
	return mode
}

// watch shows the running sync's status, or that it is not running.
func (l *linkedTeam) watch() {
	if l.unwatch != nil {
		l.unwatch()
		l.unwatch = nil
	}
	ts := sessionOf(l.host.teamStore())
	if ts == nil {
		l.status.SetText(lang.L("Not syncing: Pacer has no password for this login on this computer."))
		l.syncNow.Disable()
		return
	}
	l.syncNow.Enable()
	l.unwatch = ts.watch(func(st teamStatus) {
		l.status.SetText(teamStatusText(st, time.Now()))
		l.tls.SetText(teamTLSText(st))
		if st.State == teamSynced {
			l.clashes.reload()
		}
	})
}

// currentPassword is the password the running sync uses, "" when none runs.
func (l *linkedTeam) currentPassword() string {
	if ts := sessionOf(l.host.teamStore()); ts != nil {
		return ts.password
	}
	return ""
}

func (l *linkedTeam) onSyncNow() {
	if ts := sessionOf(l.host.teamStore()); ts != nil {
		ts.syncer.SyncNow()
	}
}

// onPassword asks for the password again, after it changed on the server
// or where none is kept, and restarts the sync with it.
func (l *linkedTeam) onPassword() {
	pw := newPasswordEntry()
	msg := wrapped(lang.L("Password of {{.Login}} on {{.Server}}:", map[string]any{"Login": l.server.User, "Server": l.server.Host}))
	d := dialog.NewCustomConfirm(lang.L("Team password"), lang.L("Sync"), lang.L("Cancel"), newBorder(msg, nil, nil, nil, pw), func(ok bool) {
		if !ok || pw.Text == "" {
			return
		}
		l.host.useTeamPassword(l.server, pw.Text)
		l.watch()
		l.members.reload()
	}, l.host.window())
	d.Resize(fyne.NewSize(min(480, l.host.window().Canvas().Size().Width-40), 0))
	l.host.showDialog(d)
	l.host.window().Canvas().Focus(pw)
}

// teamTimeout bounds a call to the server from the members list.
const teamTimeout = 30 * time.Second
