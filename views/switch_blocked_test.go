package views

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"

	"pacer/app"
	"pacer/data"
)

// heldStore is a context for the store's calls that holds every one of
// them back while held: database/sql asks a call's context for Done before
// it takes the store's one connection, and Done waits here. It stands for
// the store busy with another read (the screen before's, the daily backup
// on that connection) when a screen is switched to.
type heldStore struct {
	context.Context
	mu     sync.Mutex
	gate   chan struct{}
	closed bool
}

func newHeldStore() *heldStore {
	return &heldStore{Context: context.Background(), gate: make(chan struct{})}
}

func (c *heldStore) Done() <-chan struct{} {
	c.mu.Lock()
	gate := c.gate
	c.mu.Unlock()
	<-gate
	return c.Context.Done()
}

// hold holds the store's calls back until release.
func (c *heldStore) hold() {
	c.mu.Lock()
	c.gate, c.closed = make(chan struct{}), false
	c.mu.Unlock()
}

func (c *heldStore) release() {
	c.mu.Lock()
	if !c.closed {
		close(c.gate)
		c.closed = true
	}
	c.mu.Unlock()
}

// switchWithin switches ui to the screen id on a goroutine of its own and
// fails the test unless the switch returns within a second, with the
// goroutine's stack to say what it waited for.
func switchWithin(t *testing.T, ui *mainUI, id string) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		ui.nav.Select(ui.screenIndex(id))
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		buf := make([]byte, 1<<20)
		stacks := string(buf[:runtime.Stack(buf, true)])
		var waiting []string
		for _, g := range strings.Split(stacks, "\n\n") {
			if strings.Contains(g, "onNavSelected") {
				waiting = append(waiting, g)
			}
		}
		t.Fatalf("switching to %s waited for the store:\n%s", id, strings.Join(waiting, "\n\n"))
	}
	if ui.screens[ui.current].id != id || len(ui.content.Objects) != 1 || ui.content.Objects[0] != ui.screens[ui.current].built.object() {
		t.Fatalf("the switch to %s did not put the screen in the window", id)
	}
}

// TestSwitchDoesNotWaitForTheStore switches to every screen, first and
// again, while the store's calls are held back, as when the screen before
// still reads or the daily backup runs: each switch returns at once, so
// the click's next frame shows the screen, and the data fills in once the
// store answers.
func TestSwitchDoesNotWaitForTheStore(t *testing.T) {
	ui, w, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 8, 2, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.SaveCheckIns(context.Background(), []app.CheckIn{{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 9e6, Confidence: 7}}); err != nil {
		t.Fatal(err)
	}
	shows := readOffUI(t)
	w.SetContent(container.NewStack(ui.build(), ui.shown.holder))
	w.Canvas().Capture() // the first frame
	held := newHeldStore()
	held.release()
	ui.ctx = held
	t.Cleanup(held.release)
	order := []string{screenGoals, screenCheckIns, screenReviews, screenActions, screenSettings, screenDashboard}
	switchAll := func() {
		t.Helper()
		for _, id := range order {
			held.hold()
			switchWithin(t, ui, id)
			held.release()
			w.Canvas().Capture() // the switch's frame
			for waitForShow(shows) {
				nextShow(t, shows)
			}
		}
	}
	switchAll()
	if gs := ui.goals(); len(gs.rows) != 1 || gs.rows[0].goal.Title != "Sales 2023" {
		t.Errorf("the goals screen shows %+v once the store answered, want the goal", gs.rows)
	}
	// Another program adds a goal: each screen shown again reloads once
	// the switch's frame is drawn.
	other, err := data.Open(context.Background(), store.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	saveSeedGoal(t, other, "Written by another program")
	before := ui.reloads
	switchAll()
	if n := ui.reloads - before; n != len(order) {
		t.Errorf("after another program's write, %d screens reloaded on being shown again, want %d", n, len(order))
	}
	if gs := ui.goals(); len(gs.rows) != 2 {
		t.Errorf("the goals screen shows %d goals after another program added one, want 2", len(gs.rows))
	}
}

// TestSwitchOnAFileWithoutGoalsShowsTheEmptyStateAtOnce switches to the
// Check-ins and Reviews screens of a file without goals while the store's
// calls are held back: as the dashboard read no goals, each shows its
// empty state at once, not its frame first.
func TestSwitchOnAFileWithoutGoalsShowsTheEmptyStateAtOnce(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	shows := readOffUI(t)
	w.SetContent(container.NewStack(ui.build(), ui.shown.holder))
	w.Canvas().Capture() // the first frame
	held := newHeldStore()
	ui.ctx = held
	t.Cleanup(held.release)
	switchWithin(t, ui, screenCheckIns)
	if c := builtScreen[*checkInsScreen](ui); c.content.Objects[0] == c.main {
		t.Error("the check-ins screen of a file without goals showed its frame before its empty state")
	}
	switchWithin(t, ui, screenReviews)
	if r := builtScreen[*reviewsScreen](ui); r.content.Objects[0] == r.main {
		t.Error("the reviews screen of a file without goals showed its frame before its empty state")
	}
	held.release()
	w.Canvas().Capture()
	for waitForShow(shows) {
		nextShow(t, shows)
	}
}
