package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"pacer/app"
	"pacer/data"
)

// gatedStore is a store whose reads of goals' histories (which the goal
// list reads last), of a goal's check-ins, of every reported period and
// of the due counts wait until gate is closed.
type gatedStore struct {
	*data.Store
	gate chan struct{}
}

func (s gatedStore) Histories(ctx context.Context, ids []int64) (map[int64][]app.HistoryValue, error) {
	<-s.gate
	return s.Store.Histories(ctx, ids)
}

func (s gatedStore) CheckIns(ctx context.Context, id int64) ([]app.CheckIn, error) {
	<-s.gate
	return s.Store.CheckIns(ctx, id)
}

func (s gatedStore) ReportedPeriodsOf(ctx context.Context, ids []int64) (map[int64]map[string]bool, error) {
	<-s.gate
	return s.Store.ReportedPeriodsOf(ctx, ids)
}

func (s gatedStore) DueCounts(ctx context.Context, spans map[int64]app.DueSpan) (map[int64]app.DueCount, error) {
	<-s.gate
	return s.Store.DueCounts(ctx, spans)
}

// readOffUI makes screens read as in the window, off the goroutine that
// builds them, and returns where their shows arrive.
func readOffUI(t *testing.T) chan func() {
	shows := make(chan func(), 8)
	readsOffUI, showOnUI = true, func(f func()) { shows <- f }
	t.Cleanup(func() {
		// A read still running would show on the next test's goroutine,
		// through fyne.Do, beside that test's own drawing: its shows are
		// dropped here until it ends.
		deadline := time.Now().Add(10 * time.Second)
		for readsRunning.Load() > 0 && time.Now().Before(deadline) {
			select {
			case <-shows:
			case <-time.After(5 * time.Millisecond):
			}
		}
		if n := readsRunning.Load(); n > 0 {
			t.Errorf("%d reads still run 10 s after the test", n)
		}
		readsOffUI, showOnUI = false, fyne.Do
	})
	return shows
}

// builtWithin runs build on a goroutine of its own and fails the test
// unless it returns within a second.
func builtWithin[T any](t *testing.T, what string, build func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- build() }()
	select {
	case s := <-done:
		return s
	case <-time.After(time.Second):
		t.Fatalf("the %s screen waited for its data before it could be shown", what)
	}
	var none T
	return none
}

// nextShow runs the next show that arrives, as the UI goroutine would.
func nextShow(t *testing.T, shows chan func()) {
	t.Helper()
	select {
	case f := <-shows:
		f()
	case <-time.After(5 * time.Second):
		t.Fatal("no data arrived after the reads were let through")
	}
}

// waitForShow tells whether another show arrives within 300 ms.
func waitForShow(shows chan func()) bool {
	deadline := time.Now().Add(300 * time.Millisecond)
	for len(shows) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	return len(shows) > 0
}

// TestFirstShowingDoesNotWaitForReads builds the Goals and Check-ins
// screens, and counts the dashboard's due check-ins, while the store's
// reads are held back: each is built at once (the click's next frame
// shows it), and its goals, what is due or the goal's history fill in
// once read.
func TestFirstShowingDoesNotWaitForReads(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 8, 2, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.SaveCheckIns(context.Background(), []app.CheckIn{{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 9e6, Confidence: 7}}); err != nil {
		t.Fatal(err)
	}
	shows := readOffUI(t)
	ui.shown.frame.done()
	gate := make(chan struct{})
	gated := gatedStore{store, gate}

	goals := builtWithin(t, "goals", func() *goalsScreen { return newGoalsScreen(goalsDeps{ui, gated}) })
	checkIns := builtWithin(t, "check-ins", func() *checkInsScreen { return newCheckInsScreen(checkInsDeps{ui, gated}) })
	dash := builtWithin(t, "dashboard", func() *dashboardScreen {
		return newDashboardScreen(dashboardDeps{screenDeps[dashboardStore]{ui, gated}, nil})
	})
	if len(goals.rows) != 0 || len(checkIns.due) != 0 || !checkIns.upToDate.Hidden || len(checkIns.checkIns) != 0 ||
		!dash.dueBanner.Hidden {
		t.Fatal("the screens show data that has not been read yet")
	}
	close(gate)
	nextShow(t, shows)
	for len(shows) > 0 || waitForShow(shows) {
		nextShow(t, shows)
	}
	checkFilledIn(t, goals, checkIns, dash)
}

// checkFilledIn checks what the screens of TestFirstShowingDoesNotWaitForReads
// show once their reads are through.
func checkFilledIn(t *testing.T, goals *goalsScreen, checkIns *checkInsScreen, dash *dashboardScreen) {
	t.Helper()
	if len(goals.rows) != 1 || goals.rows[0].goal.Title != "Sales 2023" {
		t.Errorf("the goals screen shows %+v once read, want the goal", goals.rows)
	}
	if len(checkIns.due) != 1 || checkIns.due[0].due.Period.Key() != "2023-Q2" {
		t.Errorf("the check-ins screen lists %+v due once read, want 2023-Q2", checkIns.due)
	}
	if len(checkIns.checkIns) != 1 || checkIns.checkIns[0].PeriodKey != "2023-Q1" {
		t.Errorf("the check-ins screen's history shows %+v once read, want 2023-Q1", checkIns.checkIns)
	}
	if dash.dueBanner.Hidden {
		t.Error("the dashboard does not say a check-in is due once counted")
	}
}

// TestReadsWaitForTheFirstFrame starts a read before the window has drawn
// anything: it runs only once the window's first frame draws the mark.
func TestReadsWaitForTheFirstFrame(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	shows := readOffUI(t)
	w.SetContent(container.NewStack(ui.build(), ui.shown.holder))
	read := make(chan bool, 1)
	ui.load(func() { read <- true }, func() {})
	select {
	case <-read:
		t.Fatal("a read ran before the window's first frame")
	case <-time.After(100 * time.Millisecond):
	}
	w.Canvas().Capture() // draws a frame
	select {
	case <-read:
	case <-time.After(firstFrameWait / 2):
		t.Fatal("the read did not run after the first frame")
	}
	nextShow(t, shows)
}

// TestReadsWaitForTheSwitchsFrame switches to another screen once the
// window's first frame is drawn: a read started by the switch runs only
// once the frame that shows the new screen is drawn, and the screen is
// kept as the one to open on next time only then, as Fyne writes the
// preferences file to disk in the call that sets one.
func TestReadsWaitForTheSwitchsFrame(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	shows := readOffUI(t)
	w.SetContent(container.NewStack(ui.build(), ui.shown.holder))
	w.Canvas().Capture() // the first frame
	prefs := fyne.CurrentApp().Preferences()
	prefs.SetString(prefLastScreen, screenDashboard)
	ui.nav.Select(ui.screenIndex(screenSettings))
	read := make(chan bool, 1)
	ui.load(func() { read <- true }, func() {})
	select {
	case <-read:
		t.Fatal("a read ran before the frame showing the screen switched to")
	case <-time.After(100 * time.Millisecond):
	}
	if got := prefs.String(prefLastScreen); got != screenDashboard {
		t.Fatalf("the last screen was saved as %q before the switch's frame", got)
	}
	w.Canvas().Capture() // the switch's frame
	select {
	case <-read:
	case <-time.After(firstFrameWait / 2):
		t.Fatal("the read did not run after the switch's frame")
	}
	deadline := time.Now().Add(firstFrameWait)
	for prefs.String(prefLastScreen) != screenSettings {
		if time.Now().After(deadline) {
			t.Fatalf("the last screen is %q after the switch's frame, want %q", prefs.String(prefLastScreen), screenSettings)
		}
		time.Sleep(5 * time.Millisecond)
	}
	for len(shows) > 0 {
		nextShow(t, shows)
	}
}
