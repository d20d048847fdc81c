package views

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/views/widgets"
)

// teamTab opens Settings → Team in ui's window.
func teamTab(t *testing.T, ui *mainUI) *teamSettings {
	t.Helper()
	ui.showTeamSettings()
	s := builtScreen[*settingsScreen](ui)
	if s == nil || s.team == nil || s.tabs.Selected().Text != lang.L("Team") {
		t.Fatal("Settings has no Team tab in front")
	}
	return s.team
}

// fillCreate fills the create form as an owner would, every field right.
func fillCreate(f *createTeamForm) {
	f.server.host.entry.SetText("db.example.com")
	f.adminLogin.entry.SetText("postgres")
	f.adminPassword.entry.SetText("admin-secret")
	f.login.entry.SetText("li.wei")
	f.name.entry.SetText("Li Wei")
	f.password.entry.SetText("owner-secret")
}

func TestCreateTeamFormSaysWhatIsWrongBesideEachField(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	f, _ := useFakeTeam(t)
	c := teamTab(t, ui).create
	c.server.port.entry.SetText("")
	test.Tap(c.create)
	for name, field := range map[string]*teamField{"address": c.server.host, "port": c.server.port, "admin login": c.adminLogin,
		"admin password": c.adminPassword, "login": c.login, "name": c.name, "password": c.password} {
		if !field.msg.Visible() || field.msg.Text == "" {
			t.Errorf("no message beside the empty %s", name)
		}
	}
	fillCreate(c)
	c.server.host.entry.SetText("postgres://db.example.com/pacer")
	c.server.port.entry.SetText("70000")
	c.login.entry.SetText("postgres")
	c.password.entry.SetText("short")
	test.Tap(c.create)
	for want, field := range map[string]*teamField{
		"Write the address alone, without postgres://, a login or a path.":       c.server.host,
		"The port is a number from 1 to 65535; PostgreSQL's usual port is 5432.": c.server.port,
		"Choose a login of your own, not the server's admin login.":              c.login,
		"Choose a password of at least 8 characters.":                            c.password,
	} {
		if field.msg.Text != want {
			t.Errorf("message %q, want %q", field.msg.Text, want)
		}
	}
	if c.name.msg.Visible() || c.adminPassword.msg.Visible() {
		t.Error("a right field still shows a message")
	}
	if len(f.calls) != 0 {
		t.Errorf("the server was asked with wrong fields: %v", f.calls)
	}
}

func TestCreateTeamLinksTheFileAndKeepsOnlyTheOwnersPassword(t *testing.T) {
	ui, _, store := newStoreUI(t)
	f, keys := useFakeTeam(t)
	team := teamTab(t, ui)
	c := team.create
	fillCreate(c)
	c.server.port.entry.SetText(" 6543 ")
	c.server.sslMode.SetSelected("require")
	test.Tap(c.create)
	want := teamServer{Host: "db.example.com", Port: 6543, Database: "pacer", User: "postgres", SSLMode: "require"}
	if f.created.admin != want || f.created.adminPw != "admin-secret" || f.created.ownerPw != "owner-secret" ||
		f.created.owner != (teamMember{Login: "li.wei", Name: "Li Wei", Role: roleOwner}) {
		t.Fatalf("created with %+v", f.created)
	}
	owner := want
	owner.User = "li.wei"
	if keys.kept[keychainAccount(owner)] != "owner-secret" || len(keys.kept) != 1 {
		t.Errorf("keychain holds %v", keys.kept)
	}
	ts := sessionOf(store)
	if ts == nil || ts.password != "owner-secret" || ts.server != owner {
		t.Fatalf("sync session %+v", ts)
	}
	if !ui.teamLine.Visible() || ui.teamLine.Text() != "Syncing with the team…" {
		t.Errorf("status line %q (shown %v)", ui.teamLine.Text(), ui.teamLine.Visible())
	}
	assertLinkedTab(t, team)
}

// assertLinkedTab checks the Team tab shows the team made by fillCreate on port 6543.
func assertLinkedTab(t *testing.T, team *teamSettings) {
	t.Helper()
	if team.linked == nil || !containsLabel(team.content, "db.example.com:6543/pacer") {
		t.Fatal("the Team tab does not show the linked server")
	}
	if !containsLabel(team.content, "require: always encrypted (TLS)") {
		t.Error("the sslmode in use is not shown")
	}
	if !containsLabel(team.content, "Li Wei (li.wei) · Team owner") || !team.linked.members.add.content.Visible() {
		t.Error("the owner does not see the members and the form to add one")
	}
}

func TestTeamErrorsReadInPlainWordsInBothLanguages(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	f, _ := useFakeTeam(t)
	f.err = errRefused{}
	c := teamTab(t, ui).create
	fillCreate(c)
	test.Tap(c.create)
	if want := "The team was not created: the server refused this login or password."; c.msg.Text != want {
		t.Errorf("message %q, want %q", c.msg.Text, want)
	}
	if c.create.Disabled() {
		t.Error("the button stays disabled after a failure")
	}
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	f.err = &netTimeout{}
	test.Tap(c.create)
	if want := "团队未能创建：服务器没有及时回应。"; c.msg.Text != want {
		t.Errorf("message %q, want %q", c.msg.Text, want)
	}
}

// netTimeout is a network error that timed out.
type netTimeout struct{}

func (*netTimeout) Error() string   { return "dial tcp 10.0.0.9:5432: i/o timeout" }
func (*netTimeout) Timeout() bool   { return true }
func (*netTimeout) Temporary() bool { return true }

func TestJoinTeamMakesANewFileAndOpensIt(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	f, keys := useFakeTeam(t)
	dir := t.TempDir()
	chooser := &fakeChooser{}
	ui.files = chooser
	j := teamTab(t, ui).join
	test.Tap(j.join)
	if !j.server.host.msg.Visible() || !j.login.msg.Visible() || !j.password.msg.Visible() || chooser.asked != 0 {
		t.Fatal("an empty join form went on")
	}
	j.server.host.entry.SetText("192.168.1.20")
	j.login.entry.SetText("zhang.min")
	j.password.entry.SetText("first-pass")
	refusesExistingFile(t, j, chooser, f)
	chooser.path = filepath.Join(dir, "team.db")
	test.Tap(j.join)
	s := teamServer{Host: "192.168.1.20", Port: 5432, Database: "pacer", User: "zhang.min", SSLMode: "prefer"}
	if f.joined.path != chooser.path || f.joined.s != s || f.joined.pw != "first-pass" {
		t.Fatalf("joined %+v", f.joined)
	}
	next := ui.activeUI()
	if next == ui || next.deps.DBPath != chooser.path {
		t.Fatalf("the window shows %q, not the team's new file", next.deps.DBPath)
	}
	t.Cleanup(func() { next.deps.Store.Close() })
	if keys.kept[keychainAccount(s)] != "first-pass" {
		t.Errorf("keychain holds %v", keys.kept)
	}
	next.linkTeam()
	if ts := sessionOf(next.deps.Store); ts == nil || ts.password != "first-pass" {
		t.Fatal("the joined file does not sync")
	}
}

// refusesExistingFile checks that joining never writes over a file that exists.
func refusesExistingFile(t *testing.T, j *joinTeamForm, chooser *fakeChooser, f *fakeTeam) {
	t.Helper()
	exists := filepath.Join(t.TempDir(), "exists.db")
	if err := os.WriteFile(exists, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	chooser.path = exists
	test.Tap(j.join)
	if len(f.calls) != 0 || !strings.Contains(j.msg.Text, "already exists") {
		t.Fatalf("joined over an existing file: calls %v, message %q", f.calls, j.msg.Text)
	}
	if b, _ := os.ReadFile(exists); string(b) != "mine" {
		t.Fatal("the existing file was changed")
	}
}

// linkedUI is a window on a team file whose password is in the keychain,
// its sync started, and the members the fake server has.
func linkedUI(t *testing.T, members ...teamMember) (*mainUI, *fakeTeam, *fakeSyncer) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	f, keys := useFakeTeam(t)
	s := teamServer{Host: "db.example.com", Port: 5432, Database: "pacer", User: "li.wei", SSLMode: "prefer"}
	f.linked[store] = s
	f.members = members
	keys.kept[keychainAccount(s)] = "owner-secret"
	ui.linkTeam()
	if len(f.started) != 1 {
		t.Fatalf("%d syncs started", len(f.started))
	}
	return ui, f, f.started[0]
}

var (
	liWei    = teamMember{Login: "li.wei", Name: "Li Wei", Role: roleOwner}
	zhangMin = teamMember{Login: "zhang.min", Name: "Zhang Min", Role: roleMember}
)

func TestOwnerAddsAndRemovesMembers(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei)
	m := teamTab(t, ui).linked.members
	add := m.add
	add.login.entry.SetText("li.wei")
	add.name.entry.SetText("Someone")
	add.password.entry.SetText("1234")
	test.Tap(add.add)
	if add.login.msg.Text != "li.wei is already in the team." || add.password.msg.Text != "Choose a password of at least 8 characters." {
		t.Errorf("messages %q, %q", add.login.msg.Text, add.password.msg.Text)
	}
	add.login.entry.SetText("zhang.min")
	add.name.entry.SetText("Zhang Min")
	add.password.entry.SetText("first-pass")
	add.role.SetSelected(roleLabel(roleOwner))
	test.Tap(add.add)
	if len(f.members) != 2 || f.members[1] != (teamMember{Login: "zhang.min", Name: "Zhang Min", Role: roleOwner}) {
		t.Fatalf("members %+v", f.members)
	}
	if !containsLabel(m.content, "Zhang Min (zhang.min) · Team owner") || add.login.entry.Text != "" {
		t.Error("the new member is not listed, or the form kept their password")
	}
	test.Tap(findButton(t, m.list, "Remove…"))
	confirm := ui.win.Canvas().Overlays().Top()
	if confirm == nil {
		t.Fatal("removing asks nothing")
	}
	test.Tap(findButton(t, confirm, "Yes"))
	if len(f.members) != 1 || containsLabel(m.content, "Zhang Min (zhang.min) · Team owner") {
		t.Errorf("after removing: %+v", f.members)
	}
}

func TestMemberSeesTheTeamButCannotManageIt(t *testing.T) {
	me := zhangMin
	me.Login = "li.wei"
	ui, _, _ := linkedUI(t, liWei2(), me)
	m := teamTab(t, ui).linked.members
	if m.add.content.Visible() {
		t.Error("a member is offered to add people")
	}
	walk(m.content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Remove…" {
			t.Error("a member is offered to remove people")
		}
	})
}

// liWei2 is an owner other than the login the file syncs as.
func liWei2() teamMember { return teamMember{Login: "wang.fang", Name: "Wang Fang", Role: roleOwner} }

func TestStatusLineFollowsTheSync(t *testing.T) {
	ui, _, sy := linkedUI(t, liWei)
	noon := time.Date(2026, 12, 2, 12, 3, 0, 0, time.Local)
	for _, c := range []struct {
		st   teamStatus
		want string
	}{
		{teamStatus{State: teamSynced, LastSync: time.Now()}, "Synced " + time.Now().Format("15:04")},
		{teamStatus{State: teamOffline, Waiting: 3, LastSync: noon}, "3 changes waiting — offline"},
		{teamStatus{State: teamOffline, Waiting: 1, LastSync: noon}, "1 change waiting — offline"},
		{teamStatus{State: teamSynced, Waiting: 1, LastSync: noon}, "1 change waiting to be sent"},
		{teamStatus{State: teamNeedsUpdate}, "Pacer on this laptop is older than the team's: update it to sync again. Your work stays on this laptop until then."},
		{teamStatus{State: teamFailed, Err: errRefused{}}, "Not synced: the server refused this login or password."},
	} {
		sy.say(c.st)
		if ui.teamLine.Text() != c.want {
			t.Errorf("status line %q, want %q", ui.teamLine.Text(), c.want)
		}
	}
	test.Tap(ui.teamLine.open)
	team := teamTab(t, ui)
	if !strings.HasPrefix(team.linked.status.Text, "Not synced:") {
		t.Errorf("Team tab status %q", team.linked.status.Text)
	}
	test.Tap(team.linked.syncNow)
	if sy.syncs != 1 {
		t.Error("Sync now did not ask the sync")
	}
}

func TestStatusTextInChinese(t *testing.T) {
	test.NewTempApp(t)
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	now := time.Date(2026, 12, 2, 12, 30, 0, 0, time.Local)
	if got := teamStatusText(teamStatus{State: teamSynced, LastSync: now.Add(-27 * time.Minute)}, now); got != "已同步 12:03" {
		t.Errorf("synced: %q", got)
	}
	if got := teamStatusText(teamStatus{State: teamOffline, Waiting: 3}, now); got != "3 项修改等待发送 — 离线" {
		t.Errorf("offline: %q", got)
	}
	if got := teamStatusText(teamStatus{State: teamSynced, LastSync: now.AddDate(0, 0, -1)}, now); got != "已同步 2026-12-01 12:30" {
		t.Errorf("synced yesterday: %q", got)
	}
}

func TestNoKeychainAsksThePasswordAndNeverStoresIt(t *testing.T) {
	ui, _, store := newStoreUI(t)
	f, keys := useFakeTeam(t)
	keys.none = true
	s := teamServer{Host: "db.example.com", Port: 5432, Database: "pacer", User: "li.wei", SSLMode: "prefer"}
	f.linked[store] = s
	ui.linkTeam()
	ask := ui.win.Canvas().Overlays().Top()
	if ask == nil || !containsLabel(ask, teamPasswordPrompt(s, true)) {
		t.Fatal("Pacer does not say there is no keychain and ask for the password")
	}
	var pw *widgets.KeyEntry
	walk(ask, func(o fyne.CanvasObject) {
		if e, ok := o.(*widgets.KeyEntry); ok && e.Password {
			pw = e
		}
	})
	if pw == nil {
		t.Fatal("no password field")
	}
	test.Type(pw, "typed-secret")
	test.Tap(findButton(t, ask, "Sync"))
	if ts := sessionOf(store); ts == nil || ts.password != "typed-secret" {
		t.Fatal("the sync did not start with the typed password")
	}
	if !containsLabel(teamTab(t, ui).content, "This file is shared with a team. Pacer works on it offline as ever, and sends and fetches the changes whenever the server can be reached. This computer has no keychain, so Pacer asks for the password at each start and never writes it down.") {
		t.Error("the Team tab claims a keychain this computer does not have")
	}
	for _, key := range []string{"team_password", "password"} {
		if v, _ := store.Setting(context.Background(), key, ""); v != "" {
			t.Errorf("the file holds %s = %q", key, v)
		}
	}
	if strings.Contains(fyne.CurrentApp().Preferences().String("team.password"), "typed") {
		t.Error("the preferences hold the password")
	}
	// Reopened in this run, the file does not ask again.
	stopSession(store)
	ui.linkTeam()
	if ts := sessionOf(store); ts == nil || ts.password != "typed-secret" {
		t.Error("the password was asked again in the same run")
	}
}

func TestWorkOfflineWithoutPasswordSaysSo(t *testing.T) {
	ui, _, store := newStoreUI(t)
	f, _ := useFakeTeam(t)
	f.linked[store] = teamServer{Host: "db", Port: 5432, Database: "pacer", User: "li.wei"}
	ui.linkTeam()
	test.Tap(findButton(t, ui.win.Canvas().Overlays().Top(), "Work offline"))
	if sessionOf(store) != nil || !ui.teamLine.Visible() || !strings.HasPrefix(ui.teamLine.Text(), "Not syncing") {
		t.Errorf("status line %q", ui.teamLine.Text())
	}
}

func TestOpeningAnotherFileStopsTheSync(t *testing.T) {
	ui, _, sy := linkedUI(t, liWei)
	ui.openDatabase(filepath.Join(t.TempDir(), "other.db"))
	t.Cleanup(func() { ui.activeUI().deps.Store.Close() })
	if !sy.stopped {
		t.Error("the team file's sync runs on after the window left it")
	}
}

func TestSyncWaitsForTheWindow(t *testing.T) {
	teamStart.Lock()
	oldOpen, oldPending := teamStart.open, teamStart.pending
	teamStart.open, teamStart.pending = false, nil
	teamStart.Unlock()
	t.Cleanup(func() {
		teamStart.Lock()
		teamStart.open, teamStart.pending = oldOpen, oldPending
		teamStart.Unlock()
	})
	ran := make(chan bool, 2)
	afterStart(func() { ran <- true })
	select {
	case <-ran:
		t.Fatal("the sync started before the window was up")
	case <-time.After(50 * time.Millisecond):
	}
	StartTeamSync()
	afterStart(func() { ran <- true })
	for range 2 {
		select {
		case <-ran:
		case <-time.After(5 * time.Second):
			t.Fatal("the sync did not start once the window was up")
		}
	}
}

func TestSyncShowsWhatItPulledOnTheDashboard(t *testing.T) {
	ui, _, sy := linkedUI(t, liWei)
	ui.showScreen(screenDashboard)
	d := builtScreen[*dashboardScreen](ui)
	g := saveSeedGoal(t, ui.deps.Store, "Pulled from the team") // as a pull writes it
	sy.say(teamStatus{State: teamSynced, LastSync: time.Now()})
	if len(d.shown) != 1 || d.shown[0].Goal.ID != g.ID {
		t.Fatalf("the dashboard shows %d goals after the sync", len(d.shown))
	}
	d.openDetail(g.ID)
	detail := d.content.Objects[0]
	saveSeedGoal(t, ui.deps.Store, "Another")
	sy.say(teamStatus{State: teamSynced, LastSync: time.Now().Add(time.Second)})
	if d.content.Objects[0] != detail {
		t.Error("a sync closed the goal detail the user was reading")
	}
}
