// Package views holds Pacer's Fyne screens: the main window's shell with its
// navigation, and one file per screen. Views call the app and data packages;
// they never run SQL themselves.
package views

import (
	"context"
	"log"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/data"
)

// Deps is what the screens need from the rest of the program.
type Deps struct {
	Store   *data.Store
	DBPath  string
	Version string
	// WaitForFonts, when set, waits for the faces PreloadFonts loads
	// before the window's content is laid out (a face measured on two
	// goroutines at once is loaded twice); the window is shown, and so
	// made, before that wait.
	WaitForFonts func()
	// DailyBackup has the window take the day's automatic backup of the
	// store after the start, and say so when it fails.
	DailyBackup bool

	sample bool  // the store is the sample plan
	home   *Deps // what to go back to from the sample plan
}

// AfterStart is how long work that the first frames need not wait for
// (the daily backup, the due notification) waits after the window is made.
const AfterStart = 2 * time.Second

// prefLastScreen is the preference key under which the last screen shown is kept.
const prefLastScreen = "ui.lastScreen"

// mainUI is the shell of the main window: navigation, the current screen and a status line.
type mainUI struct {
	win     fyne.Window
	deps    Deps
	ctx     context.Context
	screens []screen
	nav     *widget.List
	content *fyne.Container
	status  *widget.Label
	current int
	now     func() time.Time
	files   fileChooser
	dialogs []openDialog                   // shown over the window, newest last
	hooked  map[dialog.Dialog]bool         // dialogs whose closing prunes dialogs
	typing  map[dialog.Dialog]typingDialog // forms that ask before dropping what was typed
	claim   *fileClaim                     // this window's mark on its database file
	popUp   *widget.PopUp                  // a date field's open calendar, which Escape closes
	shown   *shownUI                       // which of its window's UIs is shown, shared by them
	reloads int                            // screens reloaded on being shown again
	// goalsSeen is whether the goals last read were none (placeholder).
	goalsSeen goalsSeen

	teamLine     *teamStatusView // a team file's sync status, on the status line
	backupNotice *backupNotice   // says the daily backup failed, above the status line
}

// shownUI is the UI a window shows now: its first, or the last switched
// to; the window's frame that reads off the UI wait for (load), its first
// or the last screen switch's, and the mark laid over the window to tell
// when that frame is drawn; and the screen last switched to, which is
// saved as a preference after that frame (saveLastScreen).
type shownUI struct {
	ui         *mainUI
	frame      *frameMark
	holder     *fyne.Container
	lastScreen atomic.Value // string
	backup     *dailyBackup // of the file the window opened at start
}

func newShownUI(ui *mainUI) *shownUI {
	s := &shownUI{ui: ui, frame: newFrameMark()}
	s.holder = container.NewWithoutLayout(s.frame.raster())
	return s
}

// refreshScreen reloads the screen with the given id, if it has been built.
func (ui *mainUI) refreshScreen(id string) {
	if s := ui.screens[ui.screenIndex(id)]; s.built != nil {
		s.built.refresh()
	}
}

// dataChanged follows a change of goals, check-ins, reviews or actions: the
// screen in view reloads now, the others when they are next shown.
func (ui *mainUI) dataChanged() {
	ui.refreshScreen(ui.screens[ui.current].id)
}

// NewMainWindow builds Pacer's main window on the given app; the caller
// shows it. With Deps.WaitForFonts set it is shown already, blank, while
// the fonts load.
func NewMainWindow(a fyne.App, deps Deps) fyne.Window {
	readsOffUI = true
	w := a.NewWindow(lang.L("Pacer"))
	w.SetIcon(a.Icon())
	ui := newMainUI(w, deps)
	due := startDueNotifier(ui, a)
	// The window's size first, then its content, then the first screen:
	// Fyne lays a window's content out at once at the size it has, and the
	// first screen built into a window of no size yet was laid out at its
	// least size and then again at the window's, shaping the dashboard's
	// cards' text at both widths.
	restoreSize(w, firstSize, func() { due.stop(); ui.shown.stopDailyBackup() })
	if deps.WaitForFonts != nil {
		// Showing the window makes it, some 150 ms of the system's work
		// on this goroutine, while the fonts load on another: the window
		// shows its background that while, and its first frame comes
		// 150–190 ms sooner than when it was made after its content.
		w.Show()
		deps.WaitForFonts()
	}
	w.SetContent(container.NewStack(ui.frame(), ui.shown.holder))
	ui.showFirstScreen()
	ui.reportWaits()
	w.SetMainMenu(ui.menu())
	ui.listenForKeys()
	ui.claimFile()
	if deps.DailyBackup {
		ui.startDailyBackup()
	}
	a.Lifecycle().SetOnStopped(func() { ui.shown.stopDailyBackup(); ui.activeUI().close() })
	// Closing the window drops what the screens hold, so it asks first.
	w.SetCloseIntercept(func() { ui.activeUI().whenLeavingFile(w.Close) })
	return w
}

func newMainUI(w fyne.Window, deps Deps) *mainUI {
	ui := &mainUI{win: w, deps: deps, ctx: context.Background(), now: time.Now, files: nativeChooser{}}
	ui.shown = newShownUI(ui)
	ui.screens = ui.makeScreens()
	return ui
}

// build lays out the window's content (frame) and shows the screen last
// shown in it (showFirstScreen).
func (ui *mainUI) build() fyne.CanvasObject {
	root := ui.frame()
	ui.showFirstScreen()
	return root
}

// frame lays out the window's content around the screens' place: the
// navigation and the status line.
func (ui *mainUI) frame() fyne.CanvasObject {
	ui.content = container.NewStack()
	ui.status = widget.NewLabel(lang.L("Database: {{.Path}}", map[string]any{"Path": ui.deps.DBPath}))
	ui.status.Truncation = fyne.TextTruncateEllipsis
	var statusLine fyne.CanvasObject
	if ui.deps.sample {
		ui.status.SetText(lang.L("Sample plan, as of {{.Date}}: {{.Path}}",
			map[string]any{"Date": ui.today().String(), "Path": ui.deps.DBPath}))
		back := widget.NewButtonWithIcon(lang.L("Back to my data"), theme.NavigateBackIcon(), ui.onBackToMyData)
		back.Importance = widget.HighImportance
		statusLine = newBorder(nil, nil, nil, back, ui.status)
	} else {
		statusLine = ui.withTeamStatus(ui.status)
	}
	ui.nav = widget.NewList(
		func() int { return len(ui.screens) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(nil), widget.NewLabel("Navigation item"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(ui.screens[id].icon)
			row.Objects[1].(*widget.Label).SetText(ui.screens[id].title())
		},
	)
	ui.nav.OnSelected = ui.onNavSelected
	left := newBorder(nil, nil, nil, widget.NewSeparator(), ui.nav)
	bottom := ui.withBackupNotice(statusLine)
	// The navigation comes first among the objects, so Tab visits it before the screen.
	return container.New(layout.NewBorderLayout(nil, bottom, left, nil), left, ui.content, bottom)
}

// showFirstScreen shows the screen last shown, the dashboard the first time.
func (ui *mainUI) showFirstScreen() {
	ui.nav.Select(ui.screenIndex(fyne.CurrentApp().Preferences().StringWithFallback(prefLastScreen, screenDashboard)))
}

func (ui *mainUI) onNavSelected(id widget.ListItemID) {
	if id < 0 || id >= len(ui.screens) {
		return
	}
	ui.current = id
	s := &ui.screens[id]
	fresh := s.built == nil
	now, ok := ui.localState()
	ui.shown.markFrame() // the screen's reads wait for the frame that shows it
	ui.content.Objects = []fyne.CanvasObject{ui.view(s)}
	loaded := fresh || s.stale(now, ok)
	if !fresh && loaded {
		// The day or the preferences changed since this one was shown.
		ui.refreshScreen(s.id)
		ui.reloads++
	}
	if loaded {
		s.shown = &dataState{local: now}
	}
	ui.checkVersion(s, loaded)
	ui.content.Refresh()
	ui.saveLastScreen(s.id)
}

// saveLastScreen keeps id as the screen to open on next time. Fyne writes
// the preferences file and flushes it to disk (fsync) in the call that sets
// one: on the UI goroutine that put 3–12 ms, and 190 ms once on this busy
// disk, in the frame of every switch; so the window writes it off the UI
// goroutine, once the switch's frame is drawn, the last screen switched to
// winning.
func (ui *mainUI) saveLastScreen(id string) {
	prefs := fyne.CurrentApp().Preferences()
	if !readsOffUI {
		prefs.SetString(prefLastScreen, id)
		return
	}
	ui.shown.lastScreen.Store(id)
	ui.afterFrame(func() { prefs.SetString(prefLastScreen, ui.shown.lastScreen.Load().(string)) })
}

// showScreen switches to the screen with the given id, as if picked in the navigation.
func (ui *mainUI) showScreen(id string) {
	i := ui.screenIndex(id)
	if i == ui.current && ui.screens[i].built != nil {
		ui.refreshScreen(id)
		return
	}
	ui.nav.Select(i)
}

func (ui *mainUI) screenIndex(id string) int {
	for i, s := range ui.screens {
		if s.id == id {
			return i
		}
	}
	return 0
}

func (ui *mainUI) onAbout() {
	ui.showDialog(dialog.NewCustom(lang.L("About Pacer"), lang.L("Close"), aboutContent(ui.deps.Version, ui.deps.DBPath), ui.win))
}

// showError logs err and shows it to the user in words they can act on.
func (ui *mainUI) showError(err error) {
	if err == nil {
		return
	}
	log.Printf("pacer: %v", err)
	ui.showDialog(newErrorDialog(err, ui.win))
}
