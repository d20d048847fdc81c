package data_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// setupFilters are the filters the cache tests read with: the cache keeps
// every goal and filters them in memory, but for Search.
var setupFilters = []app.GoalFilter{
	{}, {IncludeArchived: true}, {Perspective: string(app.PerspectiveCustomer)}, {Owner: "Bob"},
	{Owner: "Bob", IncludeArchived: true}, {Search: "sales"}, {Owner: "nobody"},
}

// checkSetup fails unless the goals and plans that ListGoals, Dashboard
// and Review give for each filter are those Snapshot reads from the file
// (it reads them without the store's cache).
func checkSetup(t *testing.T, s *data.Store, when string) {
	t.Helper()
	ctx, cal, asOf := context.Background(), app.Calendar{}, app.NewDate(2026, time.June, 30)
	for _, f := range setupFilters {
		want, err := s.Snapshot(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		goals, err := s.ListGoals(ctx, f)
		if err != nil || !reflect.DeepEqual(goals, want.Goals) {
			t.Errorf("%s, %+v: ListGoals = %+v, %v; want %+v", when, f, goals, err, want.Goals)
		}
		d, err := s.Dashboard(ctx, f, cal, asOf)
		if err != nil || !reflect.DeepEqual(d.Goals, want.Goals) || !reflect.DeepEqual(d.Plans, want.Plans) {
			t.Errorf("%s, %+v: Dashboard = %+v %+v, %v; want %+v %+v", when, f, d.Goals, d.Plans, err, want.Goals, want.Plans)
		}
		r, err := s.Review(ctx, f, cal, app.Period{Cadence: app.CadenceQuarter, Year: 2026, Index: 1}, asOf)
		if err != nil || !reflect.DeepEqual(r.Goals, want.Goals) || !reflect.DeepEqual(r.Plans, want.Plans) {
			t.Errorf("%s, %+v: Review = %+v %+v, %v; want %+v %+v", when, f, r.Goals, r.Plans, err, want.Goals, want.Plans)
		}
	}
}

// setupGeneration reads the file's setup generation.
func setupGeneration(t *testing.T, s *data.Store) int64 {
	t.Helper()
	var g int64
	if err := s.SyncDB().QueryRow(`SELECT g FROM setup_generation`).Scan(&g); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSetupCacheSeesEveryWrite reads the goals and plans through one
// store while it and a second store on the same file (another program)
// create, edit, re-plan, archive and delete goals: each read shows the
// last write at once. A check-in leaves the setup generation as it was.
func TestSetupCacheSeesEveryWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s, other := mustOpenPath(t, path), mustOpenPath(t, path)
	checkSetup(t, s, "empty")

	a := newGoal()
	if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: a, Plan: app.SplitEven(app.Calendar{}, *a, app.CadenceQuarter)}); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "one goal")
	b := newGoal()
	b.Title, b.Owner, b.Perspective, b.ParentID = "Happy customers", "Bob", app.PerspectiveCustomer, &a.ID
	if err := other.SaveGoalSetup(ctx, app.GoalSetup{Goal: b, Plan: app.SplitEven(app.Calendar{}, *b, app.CadenceQuarter)}); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal created by another program")

	before := setupGeneration(t, s)
	c := app.CheckIn{GoalID: a.ID, PeriodKey: "2026-02", Value: 100, Confidence: 7}
	if err := s.PutCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	if after := setupGeneration(t, s); after != before {
		t.Errorf("a check-in changed the setup generation: %d → %d", before, after)
	}

	b.Title = "Happier customers in sales"
	if err := other.UpdateGoal(ctx, b); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal edited by another program")
	a.Owner = "Bob"
	if err := s.UpdateGoal(ctx, a); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal edited")

	p := app.Plan{GoalID: a.ID, Periods: app.SplitEven(app.Calendar{}, *a, app.CadenceMonth)}
	if err := other.AddPlanRevision(ctx, &p); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal re-planned by another program")
	p = app.Plan{GoalID: b.ID, Periods: app.SplitEven(app.Calendar{}, *b, app.CadenceMonth)}
	if err := s.AddPlanRevision(ctx, &p); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal re-planned")

	if err := s.SetGoalArchived(ctx, b.ID, true); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal archived")
	if err := other.SetGoalArchived(ctx, b.ID, false); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal restored from the archive by another program")
	if err := other.DeleteGoal(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "a goal deleted by another program")
}

// TestSetupCacheCopies has a caller change what a read gave it: the next
// read is as the file has it.
func TestSetupCacheCopies(t *testing.T) {
	ctx, cal, asOf := context.Background(), app.Calendar{}, app.NewDate(2026, time.June, 30)
	s := mustOpen(t)
	a := newGoal()
	if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: a, Plan: app.SplitEven(cal, *a, app.CadenceQuarter)}); err != nil {
		t.Fatal(err)
	}
	b := newGoal()
	b.ParentID = &a.ID
	mustCreateGoal(t, s, b)
	d, err := s.Dashboard(ctx, app.GoalFilter{}, cal, asOf)
	if err != nil || len(d.Goals) != 2 {
		t.Fatal(d.Goals, err)
	}
	*d.Goals[0].Baseline, *d.Goals[1].ParentID = -1, -1
	d.Goals[0].Title = "changed"
	d.Plans[a.ID] = append(d.Plans[a.ID], app.PeriodTarget{PeriodKey: "2027-Q1", Target: 1})
	delete(d.Plans, b.ID)
	checkSetup(t, s, "after a caller changed what it read")
}

// TestSetupCacheAfterRestore puts a backup back in place of the file: the
// store opened on it reads the backup's goals, not the ones before.
func TestSetupCacheAfterRestore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "pacer.db")
	s, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := mustCreateGoal(t, s, newGoal())
	checkSetup(t, s, "before the backup")
	backup := filepath.Join(dir, "backup.db")
	if err := s.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	g.Title = "After the backup"
	if err := s.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "after the backup")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := data.Restore(ctx, path, backup, time.Now()); err != nil {
		t.Fatal(err)
	}
	s = mustOpenPath(t, path)
	checkSetup(t, s, "restored")
	if goals, _ := s.ListGoals(ctx, app.GoalFilter{}); len(goals) != 1 || goals[0].Title != newGoal().Title {
		t.Errorf("restored goals: %+v", goals)
	}
}

// TestSetupCacheConcurrent reads while another goroutine edits goals: run
// with -race, it checks the cache's locking; the last read shows the last
// edit.
func TestSetupCacheConcurrent(t *testing.T) {
	ctx, cal, asOf := context.Background(), app.Calendar{}, app.NewDate(2026, time.June, 30)
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	done := make(chan error)
	go func() {
		for i := range 20 {
			v := *g
			v.Title = "Edit " + strconv.Itoa(i)
			if err := s.UpdateGoal(ctx, &v); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 20 {
		if _, err := s.Dashboard(ctx, app.GoalFilter{}, cal, asOf); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	checkSetup(t, s, "after concurrent edits")
	if d, _ := s.Dashboard(ctx, app.GoalFilter{}, cal, asOf); len(d.Goals) != 1 || d.Goals[0].Title != "Edit 19" {
		t.Errorf("goals after the edits: %+v", d.Goals)
	}
}

// TestSearchIsSQLites searches goals of mixed text, ASCII and not, any
// case, with text found across the joins of their fields too: the goals a
// store's search finds in memory are those SQLite's lower and instr find
// in the table (Snapshot reads it).
func TestSearchIsSQLites(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	r := rand.New(rand.NewPCG(3, 9))
	pieces := []string{"Sales", "sALes", "ÉCOLE", "école", "销售", "额", " ", "%", "_", "Ann", "q2", "Q2", "\t", "ß", "ẞ"}
	text := func() string {
		var b strings.Builder
		for range r.IntN(5) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	var joined []string
	for i := range 40 {
		g := newGoal()
		g.Title, g.Description, g.Owner, g.Rationale = "Goal "+text(), text(), text(), text()
		g.Archived = i%7 == 0
		mustCreateGoal(t, s, g)
		joined = append(joined, strings.Join([]string{g.Title, g.Description, g.Owner, g.Rationale}, " "))
	}
	for range 400 {
		q := text()
		if j := joined[r.IntN(len(joined))]; r.IntN(2) == 0 && len(j) > 2 {
			from := r.IntN(len(j) - 1)
			q = j[from : from+1+r.IntN(min(8, len(j)-from-1))]
		}
		if r.IntN(2) == 0 {
			q = strings.ToUpper(q)
		}
		if q == "" {
			continue
		}
		f := app.GoalFilter{Search: q, IncludeArchived: r.IntN(2) == 0}
		want, err := s.Snapshot(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.ListGoals(ctx, f)
		if err != nil || !reflect.DeepEqual(got, want.Goals) {
			t.Fatalf("search %q: found %d goals (%v), SQLite finds %d", q, len(got), err, len(want.Goals))
		}
	}
}

// TestDashboardCancelledWhileReading cancels a store's first dashboard
// read, which decodes the file's setup snapshot, at moments spread over
// it: each read returns, and the store answers the next one, which a
// cache left locked on the way out would hold back.
func TestDashboardCancelledWhileReading(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	for range 40 {
		mustCreateGoal(t, s, newGoal())
	}
	s.Close() // the file keeps the goals' snapshot
	cal, asOf := app.Calendar{}, app.NewDate(2026, time.June, 30)
	within := func(what string, read func()) {
		t.Helper()
		done := make(chan struct{})
		go func() {
			defer close(done)
			read()
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("%s never returned", what)
		}
	}
	for i := range 40 {
		s := mustOpenPath(t, path)
		rctx, cancel := context.WithCancel(ctx)
		time.AfterFunc(time.Duration(i*25)*time.Microsecond, cancel)
		within(fmt.Sprintf("a read cancelled after %d µs", i*25), func() { s.Dashboard(rctx, app.GoalFilter{}, cal, asOf) })
		cancel()
		within("the read after it", func() {
			if d, err := s.Dashboard(ctx, app.GoalFilter{}, cal, asOf); err != nil || len(d.Goals) != 40 {
				t.Errorf("after a cancelled read: %d goals, %v", len(d.Goals), err)
			}
		})
		s.Close()
	}
}
