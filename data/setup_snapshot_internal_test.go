package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"pacer/app"
)

// fullGoal is a goal with every field set to a value that is not its
// type's zero, the timestamps in UTC and at +08:00.
func fullGoal(id int64) app.Goal {
	baseline, parent := 12.5, id-1
	return app.Goal{
		ID: id, Title: "营业额 Revenue", Description: "d", Perspective: app.PerspectiveCustomer, Owner: "Bob",
		Kind: app.KindStayAbove, Unit: app.UnitCurrency, UnitLabel: "CNY", Decimals: 2,
		Aggregation: app.AggLevel, Baseline: &baseline, Target: -3.25,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31),
		Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter, ParentID: &parent, Weight: 0.5,
		Rationale: "why", Archived: true,
		CreatedAt: time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC),
		UpdatedAt: timeOf("2026-02-03T12:05:06.0000007+08:00"),
	}
}

// timeOf is text read as timeCol reads a timestamp: in the local zone when
// its offset is the local one then, else in a zone of its own.
func timeOf(text string) time.Time {
	t, err := time.Parse(time.RFC3339, text)
	if err != nil {
		panic(err)
	}
	return t
}

// TestSetupSnapshotKeepsEveryField encodes goals and plans and decodes
// them as they were; it fails when app.Goal gains a field fullGoal does
// not set, so that the snapshot's encoding is brought along.
func TestSetupSnapshotKeepsEveryField(t *testing.T) {
	g := fullGoal(2)
	v := reflect.ValueOf(g)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Fatalf("fullGoal leaves %s unset: set it, and write it in snapshotWriter.goal", v.Type().Field(i).Name)
		}
	}
	bare := app.Goal{ID: 3, Title: "t", CreatedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	floor := 4.0
	goals := []app.Goal{g, bare, fullGoal(9), fullGoal(10), fullGoal(11)}
	plans := map[int64][]app.PeriodTarget{
		2: {{PeriodKey: "2026-Q1", Target: 1.5, Floor: &floor}, {PeriodKey: "2026-Q2", Target: 2}},
		9: {{PeriodKey: "2026-Q1", Target: 7}},
		// The keys of the plan before: written as targets alone.
		10: {{PeriodKey: "2026-Q1", Target: 8, Floor: &floor}},
		11: {{PeriodKey: "2026-Q1", Target: -1}},
	}
	gotGoals, gotPlans, err := decodeSetup(encodeSetup(goals, plans))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotGoals, goals) || !reflect.DeepEqual(gotPlans, plans) {
		t.Errorf("decoded\n%+v %+v\nwant\n%+v %+v", gotGoals, gotPlans, goals, plans)
	}
	for _, p := range gotPlans {
		if cap(p) != len(p) {
			t.Errorf("a decoded plan has room to append: %d of %d", len(p), cap(p))
		}
	}
}

// TestSetupSnapshotDamaged decodes every shortened and every altered
// copy of a snapshot: a shortened one is refused, and none panics.
func TestSetupSnapshotDamaged(t *testing.T) {
	floor := 1.0
	b := encodeSetup([]app.Goal{fullGoal(1), fullGoal(2)}, map[int64][]app.PeriodTarget{
		1: {{PeriodKey: "2026-01", Target: 3, Floor: &floor}},
		2: {{PeriodKey: "2026-01", Target: 4}}, // the keys of the plan before
	})
	for n := range len(b) {
		if _, _, err := decodeSetup(b[:n]); err == nil {
			t.Errorf("the first %d of %d bytes decoded", n, len(b))
		}
	}
	for i := range b {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			c := append([]byte(nil), b...)
			c[i] ^= x
			decodeSetup(c) // must not panic
		}
	}
	huge := []byte{setupSnapshotFormat, 0xff, 0xff, 0xff, 0xff, 0x0f}
	if _, _, err := decodeSetup(huge); err == nil {
		t.Error("a count of goals larger than the bytes decoded")
	}
}

// TestSetupSnapshotIsRead puts a snapshot whose goal has another title
// in the file, at the file's setup generation: a store opened on it shows
// that title, so the snapshot is what it read. An edit by another program
// changes the generation, and the store reads the table again.
func TestSetupSnapshotIsRead(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustReopen(t, path)
	g := app.Goal{Title: "From the table", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 10,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
	if err := s.CreateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	goals, err := s.ListGoals(ctx, app.GoalFilter{})
	if err != nil || len(goals) != 1 {
		t.Fatal(goals, err)
	}
	s.Close()
	var snapGen int64
	other := openRaw(t, path)
	if err := other.QueryRow(`SELECT g FROM setup_snapshot`).Scan(&snapGen); err != nil {
		t.Fatalf("no snapshot written on closing: %v", err)
	}
	planted := goals[0]
	planted.Title = "From the snapshot"
	if _, err := other.Exec(`UPDATE setup_snapshot SET data = ?`, encodeSetup([]app.Goal{planted}, nil)); err != nil {
		t.Fatal(err)
	}

	s = mustReopen(t, path)
	if got := firstTitle(t, s); got != "From the snapshot" {
		t.Errorf("the store read %q, not the snapshot", got)
	}
	if _, err := other.Exec(`UPDATE goals SET owner = 'Ann'`); err != nil {
		t.Fatal(err)
	}
	if got := firstTitle(t, s); got != "From the table" {
		t.Errorf("after another program's edit the store read %q", got)
	}
}

// TestSetupSnapshotNotWrittenWhenStale has another program edit a goal
// after the store read them: closing writes no snapshot of the old goals.
func TestSetupSnapshotNotWrittenWhenStale(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustReopen(t, path)
	g := app.Goal{Title: "Old", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease,
		Unit: app.UnitCount, Aggregation: app.AggFlow, Target: 10,
		Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31), Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
	if err := s.CreateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	firstTitle(t, s)
	other := openRaw(t, path)
	if _, err := other.Exec(`UPDATE goals SET title = 'New'`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	var n int
	if err := other.QueryRow(`SELECT count(*) FROM setup_snapshot`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d snapshots of goals changed since they were read (%v)", n, err)
	}
	if got := firstTitle(t, mustReopen(t, path)); got != "New" {
		t.Errorf("reopened: %q", got)
	}
}

func mustReopen(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func firstTitle(t *testing.T, s *Store) string {
	t.Helper()
	goals, err := s.ListGoals(context.Background(), app.GoalFilter{})
	if err != nil || len(goals) == 0 {
		t.Fatal(goals, err)
	}
	return goals[0].Title
}

// openRaw opens the file at path as another program would.
func openRaw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// TestSetupSnapshotKeepsTimestampZones has another program write a
// goal's timestamps at a zero offset written as +00:00 and at +08:00:
// the goal read from the snapshot has them in the zones the table's read
// gives them (a zero offset written as Z read back in UTC).
func TestSetupSnapshotKeepsTimestampZones(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustReopen(t, path)
	g := app.Goal{Title: "g", Perspective: app.PerspectiveFinancial, Kind: app.KindIncrease, Unit: app.UnitCount,
		Aggregation: app.AggFlow, Target: 10, Start: app.NewDate(2026, 1, 1), End: app.NewDate(2026, 12, 31),
		Cadence: app.CadenceMonth, PlanBy: app.CadenceQuarter}
	if err := s.CreateGoal(ctx, &g); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := openRaw(t, path).Exec(`UPDATE goals SET created_at = '2026-02-03T04:05:06+00:00', updated_at = '2026-02-03T12:05:06.5+08:00'`)
	if err != nil {
		t.Fatal(err)
	}
	s = mustReopen(t, path)
	if _, err := s.ListGoals(ctx, app.GoalFilter{}); err != nil { // from the table, kept as the snapshot on closing
		t.Fatal(err)
	}
	s.Close()
	s = mustReopen(t, path)
	fromSnapshot, err := s.ListGoals(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	table, err := s.Snapshot(ctx, app.GoalFilter{}) // reads the table
	if err != nil {
		t.Fatal(err)
	}
	fromTable := table.Goals
	for i, pair := range [][2]time.Time{{fromSnapshot[0].CreatedAt, fromTable[0].CreatedAt}, {fromSnapshot[0].UpdatedAt, fromTable[0].UpdatedAt}} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("timestamp %d from the snapshot %v (%v), from the table %v (%v)", i, pair[0], pair[0].Location(), pair[1], pair[1].Location())
		}
	}
}

// TestSetupSnapshotDatesOfManyDays decodes goals of more different days
// than the reader keeps, each start between ends shared with other goals:
// every goal reads its own days back.
func TestSetupSnapshotDatesOfManyDays(t *testing.T) {
	var goals []app.Goal
	for i := range 3 * maxKeptDates {
		g := fullGoal(int64(i + 1))
		g.Start = app.DateOfDayNumber(app.NewDate(2020, 1, 1).DayNumber() + i)
		g.End = app.NewDate(2030, 1, 1+i%3)
		goals = append(goals, g)
	}
	got, _, err := decodeSetup(encodeSetup(goals, nil))
	if err != nil {
		t.Fatal(err)
	}
	for i := range goals {
		if got[i].Start != goals[i].Start || got[i].End != goals[i].End {
			t.Fatalf("goal %d read %v to %v, want %v to %v", i, got[i].Start, got[i].End, goals[i].Start, goals[i].End)
		}
	}
}

// TestSetupSnapshotPlanOfAnotherGoal decodes a snapshot whose plans name
// a goal other than the goal in the same place: it is refused, as the
// two halves are read apart and must agree.
func TestSetupSnapshotPlanOfAnotherGoal(t *testing.T) {
	g := fullGoal(2)
	var goals, plans snapshotWriter
	goals.goal(&g)
	plans.int(5)
	plans.uint(snapshotNoPlan)
	w := snapshotWriter{b: []byte{setupSnapshotFormat}}
	w.uint(1)
	w.bytes(goals.b)
	w.b = append(w.b, plans.b...)
	if _, _, err := decodeSetup(w.b); err == nil {
		t.Fatal("a plan of goal 5 was read as goal 2's")
	}
	plans = snapshotWriter{}
	plans.int(2)
	plans.uint(snapshotNoPlan)
	w.b = append(w.b[:len(w.b)-len(plans.b)], plans.b...)
	if got, _, err := decodeSetup(w.b); err != nil || len(got) != 1 || got[0].ID != 2 {
		t.Fatalf("the same snapshot with goal 2's plan: %v, %v", got, err)
	}
}
