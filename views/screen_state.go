package views

import (
	"fmt"
	"hash/fnv"
	"maps"
	"reflect"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"pacer/app"
	"pacer/data"
)

// dataState is what a screen's content is read from: the store's data, the
// day the app works from and this computer's preferences. A screen shown
// again reloads only when it differs from the last showing: reading the
// data of 200 goals again took most of a switch's 100–300 ms. The day and
// the preferences are told on the switch (localState); the store's
// version after the switch's frame (checkVersion), as the store's one
// connection may be busy with another screen's reads or the daily backup,
// which the UI goroutine must not wait for.
type dataState struct {
	local   localState
	version data.Version
	// known is false until the version is read, and when it cannot be.
	known bool
}

// localState is what of dataState the window tells without the store.
type localState struct {
	day   app.Date
	prefs uint64
}

// localState is the day and the preferences now; false when the
// preferences cannot be read whole, which reloads the screen.
func (ui *mainUI) localState() (localState, bool) {
	prefs, ok := prefsDigest(fyne.CurrentApp().Preferences())
	return localState{day: ui.today(), prefs: prefs}, ok
}

// stale tells whether the screen s, shown again, must reload before its
// store version is known: it was never shown whole, the day or the
// preferences changed, or its version was not read.
func (s *screen) stale(now localState, ok bool) bool {
	return !ok || s.shown == nil || !s.shown.known || s.shown.local != now
}

// checkVersion reads the store's version once the switch's frame is drawn,
// before the screen's own reads, and keeps it as what the screen shows;
// loaded tells whether the screen has just been built or reloaded. A
// screen that was shown as it was, and whose file changed since its last
// showing (another program, the team sync, this window on another
// screen), reloads then; if the window has moved on to another screen by
// then, the screen reloads on its next showing instead.
func (ui *mainUI) checkVersion(s *screen, loaded bool) {
	prev, st := s.shown, s.shown
	if !loaded {
		st = &dataState{local: prev.local, version: prev.version}
		s.shown = st
	}
	if ui.deps.Store == nil {
		ui.readFirst(func() {}, func() {})
		return
	}
	var v data.Version
	var err error
	ui.readFirst(func() { v, err = ui.deps.Store.Version(ui.ctx) }, func() {
		st.version, st.known = v, err == nil
		if loaded || (st.known && v == prev.version) {
			return
		}
		if &ui.screens[ui.current] != s || s.shown != st {
			st.known = false
			return
		}
		ui.refreshScreen(s.id)
		ui.reloads++
	})
}

// goalsSeen is what the window last read of the file's goals: whether
// there were any, for the placeholder of a screen whose goals are being
// read, so that a file without goals shows a screen's empty state at once
// rather than its frame first.
type goalsSeen int8

const (
	goalsUnknown goalsSeen = iota
	goalsNone
	goalsSome
)

// placeholder is frame, or empty when the window last read no goals.
func (ui *mainUI) placeholder(frame, empty fyne.CanvasObject) fyne.CanvasObject {
	if ui.goalsSeen == goalsNone {
		return empty
	}
	return frame
}

// sawGoals keeps whether the goals a screen read were none.
func (ui *mainUI) sawGoals(n int) {
	ui.goalsSeen = goalsSome
	if n == 0 {
		ui.goalsSeen = goalsNone
	}
}

// notShown are the preferences no screen shows anything by: where the
// window was, which screen and folders were last used, when it last told
// of due check-ins.
var notShown = map[string]bool{prefLastScreen: true, prefLastNotified: true, PrefLastDatabase: true,
	prefWindowWidth: true, prefWindowHeight: true}

// prefsDigest is a digest of the preferences a screen may show something
// by; false when the preferences cannot be read whole.
func prefsDigest(p fyne.Preferences) (uint64, bool) {
	all, ok := p.(interface{ ReadValues(func(map[string]any)) })
	if !ok {
		return 0, false
	}
	h := fnv.New64a()
	all.ReadValues(func(values map[string]any) {
		for _, k := range slices.Sorted(maps.Keys(values)) {
			// A zero value reads as a missing one: Settings writes "" for
			// the chart numbers it finds unset.
			if v := values[k]; !notShown[k] && !strings.HasPrefix(k, prefLastFolder) && !reflect.ValueOf(v).IsZero() {
				fmt.Fprintf(h, "%q=%#v;", k, v)
			}
		}
	})
	return h.Sum64(), true
}
