package views

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/sample"
)

func sampleReviewUI(t *testing.T) *reviewsScreen {
	t.Helper()
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return sampleAsOf }
	if err := sample.LoadSample(context.Background(), store, "en"); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenReviews)
	return builtScreen[*reviewsScreen](ui)
}

func TestReviewSeedQ1(t *testing.T) {
	s := sampleReviewUI(t)
	if p, _ := s.selectedPeriod(); p.Key() != "2023-Q1" {
		t.Fatalf("the review opens on %s, want the last closed quarter 2023-Q1", p.Key())
	}
	if len(s.rows) != 3 {
		t.Fatalf("%d rows", len(s.rows))
	}
	// As the charts and exports write them: a percent goal's gap in points only.
	want := []string{"gap −CN¥2,000,000 (−20.0%)", "gap −10 (−20.0%)", "gap −2.0 pp\n", "vs previous period −1.0 pp ·"}
	var lines []string
	for _, r := range s.rows {
		lines = append(lines, reviewPlanLine(r), reviewCompareLine(r))
	}
	all := strings.Join(lines, "\n") + "\n"
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("no row reads %q:\n%s", w, all)
		}
	}
	if !strings.Contains(s.summary.Text, "Missed: 3") && !strings.Contains(s.summary.Text, "Partly achieved: 3") {
		t.Errorf("summary reads %q", s.summary.Text)
	}
	if s.gap.goal.ID != s.rows[0].Goal.ID || s.gap.cause.Selected == "" || len(s.gap.rows) < 2 {
		t.Errorf("the first goal's gap analysis is not shown: cause %q, %d measures", s.gap.cause.Selected, len(s.gap.rows))
	}
}

func TestReviewChartsDraw(t *testing.T) {
	s := sampleReviewUI(t)
	size := chart.ChartSize{Width: 800, Height: 450, Scale: 1}
	for _, kind := range reviewChartKinds {
		screen, file := s.charts.drawers(kind)
		img, err := screen(size)
		if err != nil || img.Bounds().Dx() != 800 {
			t.Errorf("%s on screen: %v", kind, err)
		}
		png, err := file(size, chart.FormatPNG)
		if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
			t.Errorf("%s as PNG: %v", kind, err)
		}
	}
}

func TestReviewPackExport(t *testing.T) {
	s := sampleReviewUI(t)
	parent := t.TempDir()
	uiOf(s.ui).files = &fakeChooser{path: parent}
	wait := packWaiter(t, s)
	s.onExportPack()
	wait()
	dir := filepath.Join(parent, "Review 2023-Q1")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2+3*3+2 {
		t.Errorf("%d files in the pack, want 13", len(entries))
	}
	csv, err := os.ReadFile(filepath.Join(dir, "Variance table.csv"))
	if err != nil || !bytes.HasPrefix(csv, []byte("\xef\xbb\xbf")) || !strings.Contains(string(csv), "market") && !strings.Contains(string(csv), "demand") {
		t.Errorf("CSV: %v, %q", err, csv)
	}
	if _, err := os.Stat(filepath.Join(dir, "Variance table.xlsx")); err != nil {
		t.Error(err)
	}
}

// TestReviewRowsMatchFullSnapshot checks that the rows the screen works
// out from the period's check-ins alone, and the charts it draws from the
// selected goal's, are those of a snapshot of everything.
func TestReviewRowsMatchFullSnapshot(t *testing.T) {
	s := sampleReviewUI(t)
	full, err := uiOf(s.ui).deps.Store.Snapshot(context.Background(), app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.selectedPeriod()
	cal, today, th := s.ui.calendar(), s.ui.today(), s.ui.thresholds()
	want := app.ReviewRows(cal, full, p, today, th)
	app.SortByWorstGap(want)
	if len(s.rows) == 0 || !reflect.DeepEqual(s.rows, want) {
		t.Fatalf("rows\n%+v\nwant\n%+v", s.rows, want)
	}
	if s.charts.row == nil {
		t.Fatal("no goal selected for the charts")
	}
	b := chartBuilder{ui: s.ui, snap: full, period: p, goal: s.charts.row.Goal}
	got := chartBuilder{ui: s.ui, snap: s.charts.snap, period: p, goal: s.charts.row.Goal}
	if !reflect.DeepEqual(got.goalRows(), b.goalRows()) || len(b.goalRows()) == 0 {
		t.Errorf("the selected goal's rows by period differ from the full snapshot's")
	}
	if gp, wp := got.pace(), b.pace(); !reflect.DeepEqual(gp.Values, wp.Values) || !reflect.DeepEqual(gp.Plan, wp.Plan) || len(wp.Values) == 0 {
		t.Errorf("the selected goal's pace differs from the full snapshot's")
	}
}

// TestReviewOpensOnLatestReportedPeriod opens Reviews on the sample years
// after its goals ended: the latest ended quarter, 2023-Q4, has no
// check-in, so the screen steps back to 2023-Q1, the latest that has;
// a quarter the user picks stays picked, check-ins or not.
func TestReviewOpensOnLatestReportedPeriod(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2026, 12, 3, 10, 0, 0, 0, time.Local) }
	if err := sample.LoadSample(context.Background(), store, "en"); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenReviews)
	s := builtScreen[*reviewsScreen](ui)
	if p, _ := s.selectedPeriod(); p.Key() != "2023-Q1" || len(s.rows) != 3 || !s.rows[0].HasActual {
		t.Fatalf("the review opens on %s with %d rows, want 2023-Q1, the latest quarter with check-ins", p.Key(), len(s.rows))
	}
	if s.period.Selected != (periodNamer{}).name(s.rows[0].Period) {
		t.Errorf("the list shows %q for the rows of %s", s.period.Selected, s.rows[0].Period.Key())
	}
	// The goals read again while the step back was under way, the list
	// still on the screen's own pick: the screen steps back again.
	s.selectQuietly(s.periods[0])
	s.loadPeriods()
	if p, _ := s.selectedPeriod(); p.Key() != "2023-Q1" || s.rows[0].Period.Key() != "2023-Q1" {
		t.Errorf("goals read again during the step back: shown %s with rows of %s", p.Key(), s.rows[0].Period.Key())
	}
	// A check-in of 2023-Q4 saved: the screen's own pick moves to it.
	c := app.CheckIn{GoalID: s.rows[0].Goal.ID, PeriodKey: "2023-Q4", Value: 1, Confidence: 5}
	if err := store.PutCheckIn(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	s.loadPeriods()
	if p, _ := s.selectedPeriod(); p.Key() != "2023-Q4" || s.rows[0].Period.Key() != "2023-Q4" {
		t.Errorf("2023-Q4 checked in: shown %s with rows of %s", p.Key(), s.rows[0].Period.Key())
	}
	if err := store.DeleteCheckIn(context.Background(), c.ID); err != nil {
		t.Fatal(err)
	}
	s.period.SetSelectedIndex(0) // the user picks 2023-Q4
	s.loadPeriods()              // and the goals are read again
	if p, _ := s.selectedPeriod(); p.Key() != "2023-Q4" || len(s.rows) != 3 || s.rows[0].HasActual || s.rows[0].Period.Key() != "2023-Q4" {
		t.Errorf("picked 2023-Q4, shown %s with rows of %s", p.Key(), s.rows[0].Period.Key())
	}
}

// TestReviewWithoutCheckInsOpensOnLatestEnded opens Reviews on goals with
// no check-in at all: no period has one, so the screen stays on the latest
// ended quarter.
func TestReviewWithoutCheckInsOpensOnLatestEnded(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ui.now = func() time.Time { return time.Date(2023, 8, 10, 10, 0, 0, 0, time.Local) }
	g := &app.Goal{Title: "Sales", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease, Unit: app.UnitCount,
		Aggregation: app.AggFlow, Target: 120, Start: app.NewDate(2023, 1, 1), End: app.NewDate(2023, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
	if err := store.CreateGoal(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	ui.showScreen(screenReviews)
	s := builtScreen[*reviewsScreen](ui)
	if p, _ := s.selectedPeriod(); p.Key() != "2023-Q2" || len(s.rows) != 1 || s.rows[0].Period.Key() != "2023-Q2" {
		t.Fatalf("the review opens on %s, want 2023-Q2, the latest ended", p.Key())
	}
}

// packWaiter returns what waits for the screen's next review pack export
// to end, failing t if it failed or took over a minute.
func packWaiter(t *testing.T, s *reviewsScreen) func() {
	done := make(chan error, 1)
	s.onPackDone = func(_ string, err error) { done <- err }
	return func() {
		t.Helper()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(60 * time.Second):
			t.Fatal("the export did not finish")
		}
	}
}

// TestReviewPackAsksOnlyForFilesItReplaces: a pack written into a folder
// holding other files only is written at once and leaves them; one that
// holds a file of the pack's names asks first, naming it, and No writes
// nothing.
func TestReviewPackAsksOnlyForFilesItReplaces(t *testing.T) {
	s := sampleReviewUI(t)
	w := uiOf(s.ui).window()
	parent := t.TempDir()
	dir := filepath.Join(parent, "Review 2023-Q1")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(mine, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	uiOf(s.ui).files = &fakeChooser{path: parent}
	wait := packWaiter(t, s)
	s.onExportPack() // only notes.txt there: no question
	wait()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries { // the pack's files but one gone
		if e.Name() != "notes.txt" {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
	table := filepath.Join(dir, "Variance table.csv")
	if err := os.WriteFile(table, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.onExportPack()
	if top := w.Canvas().Overlays().Top(); top == nil || !containsText(top, "Variance table.csv") {
		t.Fatal("no question naming the file the pack replaces")
	}
	if b, _ := os.ReadFile(table); string(b) != "earlier" {
		t.Fatal("written before the user answered")
	}
	// No, not Replace: the pack is written on a goroutine whose closing of
	// its progress dialog the test driver runs at once, beside the tap's
	// own closing of the question (TestCSVExportAsksBeforeReplacing taps
	// Replace on the same question).
	test.Tap(overlayButton(t, w, "No"))
	if b, _ := os.ReadFile(table); string(b) != "earlier" {
		t.Error("No wrote the pack")
	}
	if b, _ := os.ReadFile(mine); string(b) != "mine" {
		t.Error("a file the pack does not write was changed")
	}
}

// TestReviewRowWithoutCheckIn: a period closed without a check-in is
// counted as "Not checked in", and its row compares nothing, though the
// month before it was checked in.
func TestReviewRowWithoutCheckIn(t *testing.T) {
	r := app.ReviewRow{Goal: app.Goal{Title: "Sales", Unit: app.UnitCount}, HasExpected: true, Expected: 100,
		HasPrevious: true, Previous: 90, Periods: 1, Closed: true, Status: app.StatusNotReported}
	if got, want := reviewCompareLine(r), "Nothing to compare until this period has a check-in."; got != want {
		t.Errorf("compare line %q, want %q", got, want)
	}
	if got := statusCountsText(app.Summarize([]app.ReviewRow{r}).Counts()); got != "Not checked in: 1" {
		t.Errorf("summary %q", got)
	}
}

// TestReviewStayRowSaysPeriodsOnTarget: a stay goal's row of several
// months says first on its second line how many held the line, which its status counts, beside its
// worst month as the actual.
func TestReviewStayRowSaysPeriodsOnTarget(t *testing.T) {
	g := app.Goal{Title: "Margin", Kind: app.KindStayAbove, Unit: app.UnitPercent, Decimals: 1, Target: 30}
	r := app.ReviewRow{Goal: g, HasExpected: true, Expected: 30, ExpectedCovered: 30, HasActual: true, Actual: 28,
		Reported: 3, Periods: 3, Complete: true, Passed: 2, Status: app.StatusMissed}
	if got, want := reviewCompareLine(r), "2 of 3 on target · No earlier period to compare with."; got != want {
		t.Errorf("compare line %q, want %q", got, want)
	}
	r.HasPrevious, r.Previous = true, 31
	if got := reviewCompareLine(r); !strings.HasPrefix(got, "2 of 3 on target · vs previous period") {
		t.Errorf("compare line %q", got)
	}
	r.Reported, r.Periods, r.Passed = 1, 1, 0
	if got := reviewCompareLine(r); strings.Contains(got, "on target") {
		t.Errorf("a single month's line %q counts months", got)
	}
}
