package views

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
	"pacer/data/team/pgtest"
)

// uiQueue stands for the UI goroutine in a test that runs the real sync:
// what the sync reports waits here until the test goroutine runs it, so
// the widgets are only ever touched from one goroutine.
type uiQueue chan func()

// useRealTeam runs the real team engine for the test, with a keychain in
// memory and the reports of the sync queued for the test goroutine.
func useRealTeam(t *testing.T) uiQueue {
	t.Helper()
	_, keys := useFakeTeam(t)
	q := make(uiQueue, 10000)
	oldUI, oldRun := onUI, runTeamWork
	teamEngineInUse, keychainInUse, onUI = realTeam{}, keys, func(f func()) { q <- f }
	runTeamWork = oldRunTeamWork
	t.Cleanup(func() {
		for _, ts := range allSessions() {
			stopSession(ts.store)
		}
		onUI, runTeamWork = oldUI, oldRun
	})
	return q
}

// oldRunTeamWork is the app's runTeamWork, kept before any test replaces it.
var oldRunTeamWork = runTeamWork

func allSessions() []*teamSession {
	teamSessions.Lock()
	defer teamSessions.Unlock()
	var all []*teamSession
	for _, ts := range teamSessions.m {
		all = append(all, ts)
	}
	return all
}

// waitFor runs the queued UI work until ok holds, failing after limit.
func (q uiQueue) waitFor(t *testing.T, what string, limit time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.After(limit)
	for !ok() {
		select {
		case f := <-q:
			f()
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			t.Fatalf("%s: not within %s", what, limit)
		}
	}
}

// laptop is a second Pacer window in the same app, on a file of its own.
func laptop(t *testing.T, name string) *mainUI {
	t.Helper()
	store, err := data.Open(context.Background(), filepath.Join(t.TempDir(), name+".db"))
	if err != nil {
		t.Fatal(err)
	}
	w := fyne.CurrentApp().NewWindow(name)
	ui := newMainUI(w, Deps{Store: store, DBPath: store.Path(), Version: "test"})
	w.SetContent(ui.build())
	w.Resize(fyne.NewSize(1100, 800))
	t.Cleanup(func() {
		stopSession(ui.activeUI().deps.Store)
		ui.activeUI().deps.Store.Close()
		store.Close()
		w.Close()
	})
	return ui
}

// TestTwoLaptopsShareOnePlan sets a team up from the screens against a
// private PostgreSQL server: the owner creates it and adds a member, the
// member joins into a new file; a check-in made on one laptop shows on the
// other's dashboard; with the server down both say offline and keep
// working, and once it is back both catch up.
func TestTwoLaptopsShareOnePlan(t *testing.T) {
	srv := pgtest.Start(t)
	if err := srv.CreateDatabase(context.Background(), "pacer"); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	q := useRealTeam(t)
	owner := laptop(t, "owner")
	goal := saveSeedGoal(t, owner.deps.Store, "Sales 2023")
	createTeam(t, q, owner, srv)
	member := joinTeam(t, q, laptop(t, "member"), srv)

	// A check-in typed on the owner's laptop shows on the member's dashboard.
	checkIn(t, owner, goal.ID, "2023-Q1", 8_000_000)
	member.showScreen(screenDashboard)
	q.waitFor(t, "the owner's check-in on the member's dashboard", 20*time.Second, func() bool {
		return dashboardActual(member, "Sales 2023") == 8_000_000
	})

	// Each gives their own feedback on the quarter; each sees the other's.
	memberGoal := dashboardGoal(t, member, "Sales 2023")
	writeFeedback(t, owner, goal, "Distributors were late")
	writeFeedback(t, member, memberGoal, "East region restocked")
	q.waitFor(t, "each other's feedback", 20*time.Second, func() bool {
		return feedbackOfOthers(owner, goal) == "Zhang Min: East region restocked" &&
			feedbackOfOthers(member, memberGoal) == "Li Wei: Distributors were late"
	})
	if e := gapEditorOn(owner, goal); e.feedback.Text != "Distributors were late" {
		t.Errorf("the owner's own feedback reads %q", e.feedback.Text)
	}
	// The gap analysis the owner saved names them on both laptops.
	q.waitFor(t, "the gap analysis's author on both", 20*time.Second, func() bool {
		return strings.HasSuffix(gapEditorOn(owner, goal).heading.Text, " · written by Li Wei") &&
			strings.HasSuffix(gapEditorOn(member, memberGoal).heading.Text, " · written by Li Wei")
	})

	// The server stops: both keep working and say offline.
	srv.Down()
	checkIn(t, member, memberGoal.ID, "2023-Q2", 9_000_000)
	q.waitFor(t, "both offline", 60*time.Second, func() bool {
		return strings.Contains(member.teamLine.Text(), "waiting — offline") && strings.HasPrefix(owner.teamLine.Text(), "Offline")
	})
	// It is back: both catch up without a click.
	if err := srv.Up(); err != nil {
		t.Fatal(err)
	}
	owner.showScreen(screenDashboard)
	q.waitFor(t, "the member's offline check-in on the owner's dashboard", 90*time.Second, func() bool {
		return dashboardActual(owner, "Sales 2023") == 17_000_000 &&
			strings.HasPrefix(member.teamLine.Text(), "Synced") && strings.HasPrefix(owner.teamLine.Text(), "Synced")
	})
}

func createTeam(t *testing.T, q uiQueue, owner *mainUI, srv *pgtest.Server) {
	t.Helper()
	tab := teamTab(t, owner)
	c := tab.create
	c.server.host.entry.SetText(srv.Host)
	c.server.port.entry.SetText(strconv.Itoa(srv.Port))
	c.adminLogin.entry.SetText(pgtest.Admin)
	c.adminPassword.entry.SetText(pgtest.AdminPassword)
	c.login.entry.SetText("li.wei")
	c.name.entry.SetText("Li Wei")
	c.password.entry.SetText("owner-secret")
	test.Tap(c.create)
	q.waitFor(t, "the team made", 30*time.Second, func() bool { return tab.linked != nil || c.msg.Importance == widget.DangerImportance })
	if tab.linked == nil {
		t.Fatalf("no team: %s", c.msg.Text)
	}
	m := tab.linked.members
	q.waitFor(t, "the members listed", 10*time.Second, m.isOwner)
	add := m.add
	add.login.entry.SetText("zhang.min")
	add.name.entry.SetText("Zhang Min")
	add.password.entry.SetText("member-secret")
	test.Tap(add.add)
	q.waitFor(t, "the member added", 10*time.Second, func() bool { return len(m.members) == 2 })
}

func joinTeam(t *testing.T, q uiQueue, before *mainUI, srv *pgtest.Server) *mainUI {
	t.Helper()
	before.files = &fakeChooser{path: filepath.Join(t.TempDir(), "team.db")}
	j := teamTab(t, before).join
	j.server.host.entry.SetText(srv.Host)
	j.server.port.entry.SetText(strconv.Itoa(srv.Port))
	j.login.entry.SetText("zhang.min")
	j.password.entry.SetText("member-secret")
	test.Tap(j.join)
	q.waitFor(t, "the team joined", 30*time.Second, func() bool { return before.activeUI() != before || j.msg.Importance == widget.DangerImportance })
	member := before.activeUI()
	if member == before {
		t.Fatalf("not joined: %s", j.msg.Text)
	}
	member.linkTeam()
	q.waitFor(t, "the member's sync", 20*time.Second, func() bool { return strings.HasPrefix(member.teamLine.Text(), "Synced") })
	return member
}

func gapEditorOn(ui *mainUI, g app.Goal) *gapEditor {
	e := newGapEditor(depsOf[gapStore](ui))
	e.load(g, "2023-Q1")
	return e
}

func writeFeedback(t *testing.T, ui *mainUI, g app.Goal, text string) {
	t.Helper()
	e := gapEditorOn(ui, g)
	e.feedback.SetText(text)
	test.Tap(e.save)
	if e.status.Importance == widget.DangerImportance {
		t.Fatalf("feedback not saved: %s", e.status.Text)
	}
}

func feedbackOfOthers(ui *mainUI, g app.Goal) string { return gapEditorOn(ui, g).teamFB.others.Text }

func checkIn(t *testing.T, ui *mainUI, goalID int64, period string, value float64) {
	t.Helper()
	c := app.CheckIn{GoalID: goalID, PeriodKey: period, Value: value, Confidence: 7}
	if err := ui.deps.Store.CreateCheckIn(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
}

func dashboardGoal(t *testing.T, ui *mainUI, title string) app.Goal {
	t.Helper()
	for _, p := range builtScreen[*dashboardScreen](ui).all {
		if p.Goal.Title == title {
			return p.Goal
		}
	}
	t.Fatalf("no goal %q on the dashboard", title)
	return app.Goal{}
}

// dashboardActual is what the dashboard in view shows as a goal's actual.
func dashboardActual(ui *mainUI, title string) float64 {
	d := builtScreen[*dashboardScreen](ui)
	if d == nil {
		return -1
	}
	for _, p := range d.shown {
		if p.Goal.Title == title {
			return p.Assessment.Actual
		}
	}
	return -1
}
