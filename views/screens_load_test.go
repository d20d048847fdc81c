package views

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"pacer/app"
	"pacer/data"
)

// reviewGatedStore is a store whose reviews of a period wait until gate is closed.
type reviewGatedStore struct {
	*data.Store
	gate chan struct{}
}

func (s reviewGatedStore) Review(ctx context.Context, f app.GoalFilter, cal app.Calendar, p app.Period, asOf app.Date) (app.ReviewData, error) {
	<-s.gate
	return s.Store.Review(ctx, f, cal, p, asOf)
}

// reviewedOffUI is a window whose screens read off the goroutine that
// builds them (readOffUI), on a store with one goal checked in for
// 2023-Q2, on 2 August 2023; shows is where the screens' shows arrive.
func reviewedOffUI(t *testing.T) (*mainUI, *data.Store, app.Goal, chan func()) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 8, 2, 9, 0, 0, 0, time.UTC) }
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.SaveCheckIns(context.Background(), []app.CheckIn{{GoalID: g.ID, PeriodKey: "2023-Q2", Value: 9e6, Confidence: 7}}); err != nil {
		t.Fatal(err)
	}
	shows := readOffUI(t)
	ui.shown.frame.done()
	return ui, store, g, shows
}

// TestReviewsFirstShowingDoesNotWaitForItsRows builds the Reviews screen
// while the store's review of the period is held back: the screen is
// built at once, without rows or counts, lists its periods once its goals
// are read, and the rows and counts fill in once read.
func TestReviewsFirstShowingDoesNotWaitForItsRows(t *testing.T) {
	ui, store, g, shows := reviewedOffUI(t)
	gate := make(chan struct{})
	s := builtWithin(t, "reviews", func() *reviewsScreen {
		return newReviewsScreen(reviewsDeps{ui, reviewGatedStore{store, gate}})
	})
	if len(s.rows) != 0 || s.summary.Text != "" {
		t.Fatalf("the reviews screen shows %d rows and %q before they are read", len(s.rows), s.summary.Text)
	}
	nextShow(t, shows) // the goals, which list the periods and start the rows' read
	if len(s.rows) != 0 || s.summary.Text != "" {
		t.Fatalf("the reviews screen shows %d rows and %q before they are read", len(s.rows), s.summary.Text)
	}
	close(gate)
	nextShow(t, shows)
	if len(s.rows) != 1 || s.rows[0].Goal.ID != g.ID || s.rows[0].Period.Key() != "2023-Q2" {
		t.Fatalf("the reviews screen shows %+v once read, want the goal's 2023-Q2", s.rows)
	}
	if s.summary.Text == "" || s.charts.rows == nil {
		t.Error("the counts or the charts did not fill in with the rows")
	}
	for len(shows) > 0 || waitForShow(shows) {
		nextShow(t, shows)
	}
}

// goalGatedStore is a store whose reads of one goal's plan and values
// wait until gate is closed.
type goalGatedStore struct {
	*data.Store
	gate chan struct{}
}

func (s goalGatedStore) GoalSnapshot(ctx context.Context, id int64) (app.Snapshot, error) {
	<-s.gate
	return s.Store.GoalSnapshot(ctx, id)
}

// goalGatedReviews is the Reviews screen on store, its reads of a goal's
// plan and values held back until gate is closed; the test's end closes
// it when the test did not.
func goalGatedReviews(t *testing.T, ui *mainUI, store *data.Store) (*reviewsScreen, chan struct{}) {
	gate := make(chan struct{})
	t.Cleanup(func() {
		select {
		case <-gate:
		default:
			close(gate)
		}
	})
	return newReviewsScreen(reviewsDeps{ui, goalGatedStore{store, gate}}), gate
}

// TestReviewRowsDoNotWaitForTheirGoal shows the Reviews screen's rows
// while the read of the first row's goal, which its charts are drawn
// from, is held back: the rows, the counts and the row's gap analysis
// show at once, with no chart (none of another goal), and the row's
// charts once its goal is read.
func TestReviewRowsDoNotWaitForTheirGoal(t *testing.T) {
	ui, store, g, shows := reviewedOffUI(t)
	s, gate := goalGatedReviews(t, ui, store)
	nextShow(t, shows) // the goals, which list the periods and start the rows' read
	builtWithin(t, "reviews rows", func() bool { nextShow(t, shows); return true })
	if len(s.rows) != 1 || s.summary.Text == "" || s.gap.goal.ID != g.ID {
		t.Fatalf("%d rows, counts %q, gap analysis of goal %d before the goal's values are read", len(s.rows), s.summary.Text, s.gap.goal.ID)
	}
	if !s.charts.reading || s.charts.row != nil || s.charts.drawn != "" {
		t.Fatalf("the charts show goal %v, chart %q, before the goal's values are read", s.charts.row, s.charts.drawn)
	}
	// The charts of every goal are drawn meanwhile: they wait for no goal.
	s.charts.selectKind(chartPortfolio)
	if s.charts.drawn != chartPortfolio {
		t.Fatalf("while the goal is read, the attainment of every goal draws %q", s.charts.drawn)
	}
	s.charts.selectKind(chartPlanActual)
	close(gate)
	nextShow(t, shows)
	if s.charts.row == nil || s.charts.row.Goal.ID != g.ID || s.charts.drawn != chartPlanActual || len(s.charts.snap.Goals) != 1 {
		t.Fatalf("once read, the charts show goal %v, chart %q", s.charts.row, s.charts.drawn)
	}
}

// TestReviewGoalReadOfRowsNoLongerShown: a row's goal still read when
// another period's rows are shown, with no row of them opened (the gap
// analysis holds changes, so the screen asks first), draws nothing once
// read: its charts were of the period before.
func TestReviewGoalReadOfRowsNoLongerShown(t *testing.T) {
	ui, store, _, shows := reviewedOffUI(t)
	s, gate := goalGatedReviews(t, ui, store)
	nextShow(t, shows) // the goals
	nextShow(t, shows) // 2023-Q2's rows; the first row's goal is read
	s.gap.text.SetText("typed, not saved")
	q1 := slices.IndexFunc(s.periods, func(p app.Period) bool { return p.Key() == "2023-Q1" })
	if q1 < 0 {
		t.Fatalf("no 2023-Q1 among %v", s.periods)
	}
	s.period.SetSelectedIndex(q1)
	nextShow(t, shows) // 2023-Q1's rows
	if len(s.rows) == 0 || s.rows[0].Period.Key() != "2023-Q1" {
		t.Fatalf("rows %+v, want 2023-Q1's", s.rows)
	}
	close(gate)
	for len(shows) > 0 || waitForShow(shows) {
		nextShow(t, shows)
	}
	if s.charts.row != nil {
		t.Fatalf("the charts of 2023-Q1 show the row of %s", s.charts.row.Period.Key())
	}
}

// teamGatedEngine is the team sync whose reads of a file's link to a
// server wait until gate is closed.
type teamGatedEngine struct {
	teamEngine
	gate chan struct{}
}

func (e teamGatedEngine) Linked(ctx context.Context, st *data.Store) (teamServer, bool, error) {
	<-e.gate
	return e.teamEngine.Linked(ctx, st)
}

// TestSettingsFirstShowingBuildsOnlyItsFirstTab builds Settings while the
// team tab's read of the file's link is held back: the screen shows its
// file tab at once, and each other tab is built when first selected.
func TestSettingsFirstShowingBuildsOnlyItsFirstTab(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	gate := make(chan struct{})
	old := teamEngineInUse
	teamEngineInUse = teamGatedEngine{old, gate}
	t.Cleanup(func() { teamEngineInUse = old })
	s := builtWithin(t, "settings", func() *settingsScreen {
		return newSettingsScreen(settingsDeps{businessDeps{ui, ui.deps.Store}, ui})
	})
	if s.business != nil || s.display != nil || s.team != nil {
		t.Fatal("Settings built the tabs not shown")
	}
	close(gate)
	for i := range s.tabs.Items {
		s.tabs.SelectIndex(i)
	}
	if s.business == nil || s.display == nil || s.team == nil || s.team.create == nil {
		t.Fatal("a tab selected shows no page")
	}
	for _, item := range s.tabs.Items[1:] {
		if holder := item.Content.(*fyne.Container); len(holder.Objects) != 1 {
			t.Errorf("the %s tab holds %d pages once selected, want 1", item.Text, len(holder.Objects))
		}
	}
}
