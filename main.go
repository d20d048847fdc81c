// Pacer is an offline desktop app that helps a small-business owner set the
// year's goals, track their pace, review the gaps and adjust.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"runtime/debug"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"pacer/assets"
	"pacer/data"
	"pacer/views"
)

// appID must match the ID in FyneApp.toml; Fyne keys preferences by it.
const appID = "com.pacerapp.pacer"

// version must match the Version in FyneApp.toml (a test checks it).
const version = "0.1.0"

func main() {
	dbFlag := flag.String("db", "", "database file (default: $PACER_DB, else Pacer/pacer.db in the user config folder)")
	langFlag := flag.String("lang", "", "interface language: en or zh (default: the system's)")
	flag.Parse()
	gcPercent := startGC()

	a := fyneapp.NewWithID(appID)
	if *langFlag == "" {
		*langFlag = a.Preferences().String(views.PrefLanguage)
	}
	preferLanguage(*langFlag)
	a.SetIcon(assets.WindowIcon)
	views.ApplyTheme(a)
	waitForFonts := views.PreloadFonts()
	if err := assets.LoadTranslations(*langFlag); err != nil {
		log.Printf("pacer: %v", err)
	}
	views.ApplyCurrencyStyle()
	path, err := databasePath(*dbFlag, a.Preferences().String(views.PrefLastDatabase))
	if err != nil {
		log.Fatalf("pacer: %v", err)
	}
	var opened *data.Store
	var everOpened atomic.Bool // read by the signal's goroutine
	var start func(store *data.Store, path string) fyne.Window
	reopen := func(store *data.Store, path string) { show(start(store, path)) }
	start = func(store *data.Store, path string) fyne.Window {
		opened = store
		everOpened.Store(true)
		w := views.NewMainWindow(a, views.Deps{Store: store, DBPath: path, Version: version,
			WaitForFonts: waitForFonts, DailyBackup: true})
		go returnStartGarbage(gcPercent)
		return w
	}
	// The file's check waits for the window's first frame (OpenCheckLater).
	if store, check, err := data.OpenCheckLater(context.Background(), path); err == nil {
		w := start(store, path)
		views.CheckLater(a, w, store, path, check, reopen)
		show(w)
	} else {
		log.Printf("pacer: open %s: %v", path, err)
		views.ShowOpenError(a, path, err, reopen).Show()
	}
	quitOnSignal(func() { fyne.Do(a.Quit) }, func() int {
		if everOpened.Load() {
			return 0
		}
		return 1 // as below: no database was ever opened
	})
	// Team files connect to their server only once the window is up.
	a.Lifecycle().SetOnStarted(views.StartTeamSync)
	a.Run()
	if opened == nil {
		os.Exit(1) // no database was ever opened
	}
	opened.Close()
}

// show shows w, shrunk to fit the screen when the size it was restored to
// does not (fitToScreen).
func show(w fyne.Window) {
	w.Show()
	fitToScreen(w)
}

// returnStartGarbage gives the memory that building the first screen used
// and dropped back to the system once the window is up: some 15–25 MB of
// parsed fonts' buffers, the translations' JSON and the first reads, which
// Go's scavenger would otherwise hand back slowly or never. It costs one
// collection, some 10 ms, after the first frames.
func returnStartGarbage(gcPercent int) {
	time.Sleep(time.Second)
	debug.SetGCPercent(gcPercent)
	debug.FreeOSMemory()
}

// startGC lets the heap grow four times over between collections until
// the window is up (returnStartGarbage), rather than twice: building the
// first screen takes the heap from 4 to some 50 MB, and each collection on
// the way marks all of it. It returns the setting to go back to; a GOGC
// the user set is left alone.
func startGC() int {
	if os.Getenv("GOGC") != "" {
		p := debug.SetGCPercent(100) // to read it
		debug.SetGCPercent(p)
		return p
	}
	return debug.SetGCPercent(400)
}
