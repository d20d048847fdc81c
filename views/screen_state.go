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
// data of 200 goals again took most of a switch's 100–300 ms.
type dataState struct {
	version data.Version
	day     app.Date
	prefs   uint64
}

// dataState is the state now; nil when it cannot be told, which reloads the screen.
func (ui *mainUI) dataState() *dataState {
	if ui.deps.Store == nil {
		return nil
	}
	prefs, ok := prefsDigest(fyne.CurrentApp().Preferences())
	if !ok {
		return nil
	}
	v, err := ui.deps.Store.Version(ui.ctx)
	if err != nil {
		return nil
	}
	return &dataState{version: v, day: ui.today(), prefs: prefs}
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
