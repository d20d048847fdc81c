package views

import (
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/sample"
	"pacer/data"
)

// sampleFile is the sample plan's own database, beside the user's, so the
// user's data is never mixed with it; one per language, as its texts are data.
func sampleFile(language string) string {
	return "pacer-sample-" + language + ".db"
}

// onOpenSample opens the sample plan, loading it on first use, and shows it
// in place of the user's data until they go back.
func (ui *mainUI) onOpenSample() {
	ui.whenLeavingFile(ui.openSample)
}

// openSample opens the sample plan and shows it (onOpenSample).
func (ui *mainUI) openSample() {
	language := lang.L("sample-language")
	path := filepath.Join(filepath.Dir(ui.deps.DBPath), sampleFile(language))
	store, err := data.Open(ui.ctx, path)
	if err != nil {
		ui.showError(err)
		return
	}
	goals, err := store.ListGoals(ui.ctx, app.GoalFilter{IncludeArchived: true})
	if err == nil && len(goals) == 0 {
		err = sample.LoadSample(ui.ctx, store, language)
	}
	if err != nil {
		store.Close()
		ui.showError(fmt.Errorf("load the sample plan: %w", err))
		return
	}
	home := ui.deps
	ui.switchTo(Deps{Store: store, DBPath: path, Version: ui.deps.Version, sample: true, home: &home})
}

// sampleAsOf is the day the sample plan's story stands at: the first
// quarter of 2023 is reported and reviewed, as in the seed's review table,
// and the adjustments started in April have had their first follow-up. The
// sample is seen as of that day, or every goal would long have ended.
var sampleAsOf = time.Date(2023, 5, 20, 9, 0, 0, 0, time.UTC)

// onBackToMyData closes the sample plan and shows the user's own database again.
func (ui *mainUI) onBackToMyData() {
	if ui.deps.home == nil {
		return
	}
	ui.whenLeavingFile(ui.backToMyData)
}

// backToMyData closes the sample plan and shows the user's own database
// again (onBackToMyData).
func (ui *mainUI) backToMyData() {
	home := *ui.deps.home
	if err := ui.deps.Store.Close(); err != nil {
		ui.showError(err)
	}
	ui.switchTo(home)
}

// switchTo rebuilds the window's content on other dependencies.
func (ui *mainUI) switchTo(deps Deps) {
	next := newMainUI(ui.win, deps)
	next.shown = ui.shown
	next.now = ui.now
	next.files = ui.files
	if deps.sample {
		next.now = func() time.Time { return sampleAsOf }
	} else if deps.home == nil && ui.deps.sample {
		next.now = time.Now
	}
	ui.win.SetContent(container.NewStack(next.build(), ui.shown.holder))
	next.reportWaits()
	ui.win.SetMainMenu(next.menu())
	next.listenForKeys()
	next.takeClaim(ui)
	ui.shown.ui = next
}
