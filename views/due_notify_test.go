package views

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/data"
)

// fakeTimers stands in for dueAfterFunc: it keeps each timer's wait and
// function, for the test to fire, and counts the stops.
type fakeTimers struct {
	waits   []time.Duration
	fires   []func()
	stopped int
}

func useFakeTimers(t *testing.T) *fakeTimers {
	f := &fakeTimers{}
	real := dueAfterFunc
	dueAfterFunc = func(d time.Duration, fire func()) timer {
		f.waits, f.fires = append(f.waits, d), append(f.fires, fire)
		return f
	}
	t.Cleanup(func() { dueAfterFunc = real })
	return f
}

func (f *fakeTimers) Stop() bool { f.stopped++; return true }

// fire fires the i-th timer set; the test stops if it was never set.
func (f *fakeTimers) fire(t *testing.T, i int) func() {
	t.Helper()
	if i >= len(f.fires) {
		t.Fatalf("timer %d was never set: %d were", i, len(f.fires))
	}
	return f.fires[i]
}

// last is the wait of the timer set last.
func (f *fakeTimers) last() time.Duration { return f.waits[len(f.waits)-1] }

// TestDueNotificationEachDayWhileOpen keeps a window open from a morning
// to the next day: it notifies after the start, not again that day, and
// again just after midnight; stopped, it sets no more timers.
func TestDueNotificationEachDayWhileOpen(t *testing.T) {
	timers := useFakeTimers(t)
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 7, 20, 9, 0, 0, 0, time.UTC) }
	saveSeedGoal(t, store, "Sales 2023")
	n := startDueNotifier(ui, fyne.CurrentApp())
	if timers.last() != AfterStart {
		t.Fatalf("the first look waits %v, want %v", timers.last(), AfterStart)
	}
	want := fyne.NewNotification("Check-ins are due", "2 check-ins are due, 2 of them overdue.")
	test.AssertNotificationSent(t, want, timers.fire(t, 0))
	if timers.last() != dueRecheck {
		t.Errorf("at 9:00 the next look waits %v, want %v", timers.last(), dueRecheck)
	}
	ui.now = func() time.Time { return time.Date(2023, 7, 20, 23, 30, 0, 0, time.UTC) }
	test.AssertNotificationSent(t, nil, timers.fire(t, 1))
	if wait := 30*time.Minute + dueAfterMidnight; timers.last() != wait {
		t.Errorf("at 23:30 the next look waits %v, want %v", timers.last(), wait)
	}
	ui.now = func() time.Time { return time.Date(2023, 7, 21, 0, 1, 0, 0, time.UTC) }
	test.AssertNotificationSent(t, want, timers.fire(t, 2))

	n.stop()
	set := len(timers.waits)
	timers.fire(t, 3)()
	if timers.stopped != 1 || len(timers.waits) != set {
		t.Errorf("after stop: %d stops, %d timers set since", timers.stopped, len(timers.waits)-set)
	}
	// A look already queued on the UI goroutine as the window closed says
	// nothing, on a day not yet told.
	ui.now = func() time.Time { return time.Date(2023, 7, 22, 9, 0, 0, 0, time.UTC) }
	test.AssertNotificationSent(t, nil, n.check)
}

// TestClosingWindowStopsDueNotifier closes Pacer's window: its timer for
// the next look at what is due stops with it.
func TestClosingWindowStopsDueNotifier(t *testing.T) {
	timers := useFakeTimers(t)
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "pacer.db")
	store, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	t.Cleanup(func() { readsOffUI = false }) // NewMainWindow sets it for Pacer's own window
	w := NewMainWindow(a, Deps{Store: store, DBPath: path, Version: "test"})
	if len(timers.waits) != 1 || timers.stopped != 0 {
		t.Fatalf("the window set %d timers, stopped %d", len(timers.waits), timers.stopped)
	}
	w.Close()
	if timers.stopped != 1 {
		t.Errorf("closing the window stopped %d timers, want 1", timers.stopped)
	}
}
