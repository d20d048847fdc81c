package views

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// prefLastNotified keeps the day of the last due notification.
const prefLastNotified = "notify.lastDay"

// dueRecheck is the longest a window waits between two looks at the date:
// a timer does not run while the computer sleeps, so one set for midnight
// would fire hours late on a laptop opened the next morning.
const dueRecheck = time.Hour

// dueAfterMidnight is how long after midnight the new day is looked at,
// so a clock a little off still reads the new date.
const dueAfterMidnight = time.Minute

// timer is what dueNotifier needs of a *time.Timer.
type timer interface{ Stop() bool }

// dueAfterFunc starts the notifier's timers: time.AfterFunc; tests stand
// in for it to fire them at will.
var dueAfterFunc = func(d time.Duration, f func()) timer { return time.AfterFunc(d, f) }

// dueNotifier says in a desktop notification, once a day, that check-ins
// are due, for as long as its window is open: after the start, and again
// each new day.
type dueNotifier struct {
	ui      *mainUI // the window's first UI, whose clock it reads
	app     fyne.App
	checked string // the day last looked at; read and set on the UI goroutine

	mu      sync.Mutex // guards timer and stopped, used from the timers' goroutines
	timer   timer
	stopped bool
}

// startDueNotifier looks at what is due once the window is up (AfterStart):
// counting it reads every goal's check-ins, and the notification is a
// D-Bus call, both on the way to the first frame before.
func startDueNotifier(ui *mainUI, a fyne.App) *dueNotifier {
	n := &dueNotifier{ui: ui, app: a}
	n.schedule(AfterStart)
	return n
}

// schedule looks at the date again after d, unless stopped.
func (n *dueNotifier) schedule(d time.Duration) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.stopped {
		n.timer = dueAfterFunc(d, n.fire)
	}
}

// stop ends the looks, when the window closes.
func (n *dueNotifier) stop() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.stopped = true
	if n.timer != nil {
		n.timer.Stop()
	}
}

// fire runs on a timer's goroutine: it sets the next look and has this one
// made on the UI goroutine.
func (n *dueNotifier) fire() {
	n.schedule(nextDueCheck(n.ui.now()))
	fyne.Do(n.check)
}

// check notifies of the check-ins due in the file the window shows, once
// on each new day; never of the sample plan's.
func (n *dueNotifier) check() {
	n.mu.Lock()
	stopped := n.stopped
	n.mu.Unlock()
	ui := n.ui.activeUI()
	today := ui.today().String()
	if stopped || ui.deps.sample || n.checked == today {
		return // a look queued as the window closed is dropped
	}
	ui.countDue(func(due, overdue int) {
		n.checked = today // a count that failed is tried again at the next look
		if due > 0 {
			sendDueNotification(n.app, today, due, overdue)
		}
	})
}

// nextDueCheck is how long after now the date is next looked at: just after
// the next midnight, or dueRecheck, whichever comes first.
func nextDueCheck(now time.Time) time.Duration {
	midnight := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, now.Location())
	return min(midnight.Sub(now)+dueAfterMidnight, dueRecheck)
}

// notifyDue sends one desktop notification a day when check-ins are due,
// counting them off the UI goroutine (load).
func (ui *mainUI) notifyDue(a fyne.App) {
	ui.countDue(func(due, overdue int) {
		if due > 0 {
			sendDueNotification(a, ui.today().String(), due, overdue)
		}
	})
}

// countDue counts the check-ins due and overdue off the UI goroutine and
// gives them to counted on it, unless the count failed.
func (ui *mainUI) countDue(counted func(due, overdue int)) {
	var due, overdue int
	var err error
	ui.load(func() { due, overdue, err = dueCounts(ui, ui.deps.Store) }, func() {
		if err == nil {
			counted(due, overdue)
		}
	})
}

// sendDueNotification says that due check-ins, overdue of them late, are
// due, unless it said so on day already.
func sendDueNotification(a fyne.App, day string, due, overdue int) {
	prefs := a.Preferences()
	if prefs.String(prefLastNotified) == day {
		return
	}
	prefs.SetString(prefLastNotified, day)
	text := lang.L("{{.Due}} check-ins are due, {{.Overdue}} of them overdue.", map[string]any{"Due": due, "Overdue": overdue})
	switch {
	case due == 1 && overdue == 1:
		text = lang.L("1 check-in is due and overdue.")
	case due == 1:
		text = lang.L("1 check-in is due.")
	}
	a.SendNotification(fyne.NewNotification(lang.L("Check-ins are due"), text))
}
