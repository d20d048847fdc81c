package views

import (
	"context"
	"log"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pacer/data"
)

// teamSession is the sync of one open team file: where it syncs, as whom,
// with which password for this run, and what it last reported. The screens
// of every window showing the file watch it.
type teamSession struct {
	store    *data.Store
	server   teamServer
	password string
	syncer   teamSyncer

	mu       sync.Mutex
	status   teamStatus
	watchers map[int]func(teamStatus)
	next     int
}

// teamSessions are the running syncs, by the store they sync.
var teamSessions = struct {
	sync.Mutex
	m map[*data.Store]*teamSession
}{m: map[*data.Store]*teamSession{}}

// onUI runs f on the UI goroutine: what the sync and the team's server
// calls report goes through it; tests replace it with a queue they drain.
var onUI = fyne.Do

// sessionOf is the running sync of store, or nil.
func sessionOf(store *data.Store) *teamSession {
	teamSessions.Lock()
	defer teamSessions.Unlock()
	return teamSessions.m[store]
}

// startSession starts the sync of store with s and password, in place of
// any sync it had; the sync reports its status on the UI goroutine.
func startSession(store *data.Store, s teamServer, password string) *teamSession {
	stopSession(store)
	ts := &teamSession{store: store, server: s, password: password, watchers: map[int]func(teamStatus){}}
	ts.syncer = teamEngineInUse.Start(store, s, password)
	if ts.syncer == nil {
		return nil
	}
	ts.status = ts.syncer.Status()
	ts.syncer.OnStatus(func(st teamStatus) { onUI(func() { ts.report(st) }) })
	teamSessions.Lock()
	teamSessions.m[store] = ts
	teamSessions.Unlock()
	return ts
}

// stopSession stops the sync of store, if it runs, before the store closes.
func stopSession(store *data.Store) {
	teamSessions.Lock()
	ts := teamSessions.m[store]
	delete(teamSessions.m, store)
	teamSessions.Unlock()
	if ts != nil {
		ts.syncer.Stop()
		ts.report(teamStatus{State: teamOffline, LastSync: ts.Status().LastSync, Waiting: ts.Status().Waiting})
	}
}

// Status is what the sync last reported.
func (ts *teamSession) Status() teamStatus {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.status
}

// report keeps st and tells every watcher; on the UI goroutine.
func (ts *teamSession) report(st teamStatus) {
	ts.mu.Lock()
	ts.status = st
	watchers := make([]func(teamStatus), 0, len(ts.watchers))
	for _, w := range ts.watchers {
		watchers = append(watchers, w)
	}
	ts.mu.Unlock()
	for _, w := range watchers {
		w(st)
	}
}

// watch calls f with every status from now on, and once now; the returned
// function stops it.
func (ts *teamSession) watch(f func(teamStatus)) (stop func()) {
	ts.mu.Lock()
	id := ts.next
	ts.next++
	ts.watchers[id] = f
	st := ts.status
	ts.mu.Unlock()
	f(st)
	return func() {
		ts.mu.Lock()
		delete(ts.watchers, id)
		ts.mu.Unlock()
	}
}

// teamStart holds the syncs back until Pacer's first frame is up, so that
// connecting to a server never delays the window.
var teamStart = struct {
	sync.Mutex
	open    bool
	pending []func()
}{}

// StartTeamSync lets team files sync: main calls it once the window is
// shown. The files opened before then start now, off the UI goroutine.
func StartTeamSync() {
	teamStart.Lock()
	pending := teamStart.pending
	teamStart.open, teamStart.pending = true, nil
	teamStart.Unlock()
	for _, f := range pending {
		go f()
	}
}

// afterStart runs f off the UI goroutine once StartTeamSync was called.
func afterStart(f func()) {
	teamStart.Lock()
	defer teamStart.Unlock()
	if !teamStart.open {
		teamStart.pending = append(teamStart.pending, f)
		return
	}
	go f()
}

// linkTeam starts the open file's sync when it is a team file, with the
// password kept on this computer, else asks for it. Off the UI goroutine.
func (ui *mainUI) linkTeam() {
	store := ui.deps.Store
	ctx, cancel := context.WithTimeout(ui.ctx, 10*time.Second)
	defer cancel()
	s, linked, err := teamEngineInUse.Linked(ctx, store)
	if err != nil {
		log.Printf("pacer: team link: %v", err)
		return
	}
	if !linked {
		return
	}
	pw, found, kerr := keptPassword(s)
	onUI(func() {
		if ui.activeUI() != ui {
			return // the window moved on to another file meanwhile
		}
		if found {
			ui.watchTeam(startSession(store, s, pw))
			learnTeamNames(s, pw)
			return
		}
		ui.askTeamPassword(s, kerr != nil)
	})
}

// keptPassword is the password of s kept in the keychain, or typed earlier
// in this run where there is none.
func keptPassword(s teamServer) (string, bool, error) {
	pw, found, err := keychainInUse.password(s)
	if found {
		return pw, true, nil
	}
	if typed, ok := typedPasswords.get(s); ok {
		return typed, true, err
	}
	return "", false, err
}

// showTeamSettings opens Settings on its Team tab.
func (ui *mainUI) showTeamSettings() {
	ui.showScreen(screenSettings)
	if s := builtScreen[*settingsScreen](ui); s != nil {
		s.showTeamTab()
	}
}

// teamPasswordPrompt is what the start-up password dialog says: why it
// asks, and whether the password will be kept.
func teamPasswordPrompt(s teamServer, noKeychain bool) string {
	args := map[string]any{"Login": s.User, "Server": s.Host}
	if noKeychain {
		return lang.L("This computer has no keychain Pacer can keep passwords in, so Pacer asks for the team password each time it starts and never writes it down. Password of {{.Login}} on {{.Server}}:", args)
	}
	return lang.L("Pacer has no password kept for {{.Login}} on {{.Server}}. Enter it to sync; Pacer keeps it in this computer's keychain.", args)
}
