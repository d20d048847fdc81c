package views

import (
	"context"

	"image/color"
	"sort"

	"fyne.io/fyne/v2/theme"

	"pacer/app"
)

// goalPace is everything the dashboard shows of one goal.
type goalPace = app.Pace

// snapshotReader reads the goals with their plans and values in one go.
type snapshotReader interface {
	Snapshot(ctx context.Context, f app.GoalFilter) (app.Snapshot, error)
}

// loadPaces works out pace, status and projection for every active goal,
// from one snapshot of the store.
func loadPaces(sh shell, store snapshotReader) ([]goalPace, error) {
	snap, err := store.Snapshot(sh.context(), app.GoalFilter{})
	if err != nil {
		return nil, err
	}
	return app.Paces(sh.calendar(), snap, sh.today(), sh.thresholds()), nil
}

// statusOrder ranks statuses from the one that needs attention most.
var statusOrder = map[app.Status]int{
	app.StatusOffTrack: 0, app.StatusMissed: 1, app.StatusAtRisk: 2, app.StatusPartial: 3,
	app.StatusNoData: 4, app.StatusOnTrack: 5, app.StatusAchieved: 6,
}

// The dashboard's sort orders.
const (
	sortByStatus   = "status"
	sortByProgress = "progress"
	sortByTitle    = "title"
)

func sortPaces(paces []goalPace, by string) {
	sort.SliceStable(paces, func(i, j int) bool {
		a, b := paces[i], paces[j]
		switch by {
		case sortByProgress:
			return a.Assessment.Progress < b.Assessment.Progress
		case sortByTitle:
			return a.Goal.Title < b.Goal.Title
		}
		return statusOrder[a.Assessment.Status] < statusOrder[b.Assessment.Status]
	})
}

// statusColor is the colour of a status; the status is always written out too,
// so colour is never the only signal.
func statusColor(s app.Status) color.Color {
	switch s {
	case app.StatusOnTrack, app.StatusAchieved:
		return theme.Color(theme.ColorNameSuccess)
	case app.StatusAtRisk, app.StatusPartial:
		return theme.Color(theme.ColorNameWarning)
	case app.StatusOffTrack, app.StatusMissed:
		return theme.Color(theme.ColorNameError)
	}
	return theme.Color(theme.ColorNameDisabled)
}
