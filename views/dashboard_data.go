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

// snapshotReader reads the goals with their plans and values in one go,
// what the dashboard needs of them, or one goal whole.
type snapshotReader interface {
	Snapshot(ctx context.Context, f app.GoalFilter) (app.Snapshot, error)
	Dashboard(ctx context.Context, f app.GoalFilter, cal app.Calendar, asOf app.Date) (app.DashboardData, error)
	goalReader
}

// goalReader reads one goal whole: its plan, check-ins and history.
type goalReader interface {
	GoalSnapshot(ctx context.Context, id int64) (app.Snapshot, error)
}

// loadPaces works out pace, status and projection for every active goal,
// from the store's running totals: one row a goal, whatever the years of
// check-ins. The paces leave out the goals' values (see app.PacesFrom);
// loadGoalPace reads one goal whole. memo keeps the paces from one call
// to the next, so that only the goals changed since are worked out again.
func loadPaces(sh shell, store snapshotReader, memo *app.PaceMemo) ([]goalPace, error) {
	cal, today := sh.calendar(), sh.today()
	d, err := store.Dashboard(sh.context(), app.GoalFilter{}, cal, today)
	if err != nil {
		return nil, err
	}
	return memo.PacesFrom(cal, d, today, sh.thresholds()), nil
}

// loadGoalPace reads one goal with every value and works out its pace,
// as the goal detail, its chart and its re-plan need it; ENotFound when
// the goal is gone.
func loadGoalPace(sh shell, store goalReader, id int64) (goalPace, error) {
	snap, err := store.GoalSnapshot(sh.context(), id)
	if err != nil {
		return goalPace{}, err
	}
	return app.Paces(sh.calendar(), snap, sh.today(), sh.thresholds())[0], nil
}

// statusOrder ranks statuses from the one that needs attention most.
var statusOrder = map[app.Status]int{
	app.StatusOffTrack: 0, app.StatusMissed: 1, app.StatusAtRisk: 2, app.StatusPartial: 3,
	app.StatusNotReported: 4, app.StatusNoData: 4, app.StatusOnTrack: 5, app.StatusAchieved: 6,
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
