package data_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// TestFastSaveWhileAnotherProgramWrites saves a goal's check-ins, the
// second and later in one statement (data.saveFast), while another
// program holds the write lock: past the busy timeout the save fails with
// EBusy after waiting once, not once more in the full transaction; a save
// that waited WaitNotice or longer before the lock came free says how
// long, as a full transaction does.
func TestFastSaveWhileAnotherProgramWrites(t *testing.T) {
	const wait = 300 * time.Millisecond
	ctx := context.Background()
	restore := data.SetBusyTimeout(wait)
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	restore()
	g := mustCreateGoal(t, s, weeklyGoal())
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-W01", Value: 1}))
	for _, create := range []bool{false, true} {
		release := holdWriteLock(t, path)
		c := &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-W02", Value: 2}
		start := time.Now()
		save := s.PutCheckIn
		if create {
			save = s.CreateCheckIn
		}
		err := save(ctx, c)
		took := time.Since(start)
		checkErr(t, err, app.EBusy)
		if took < wait*9/10 || took > wait*19/10 {
			t.Errorf("create %v: failed after %v; want one busy timeout of %v", create, took, wait)
		}
		release()
	}

	path = filepath.Join(t.TempDir(), "waits.db")
	s = mustOpenPath(t, path)
	g = mustCreateGoal(t, s, weeklyGoal())
	var waits []time.Duration
	s.SetOnWait(func(d time.Duration) { waits = append(waits, d) })
	mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-W01", Value: 1}))
	release := holdWriteLock(t, path)
	released := make(chan struct{})
	go func() {
		time.Sleep(data.WaitNotice + 300*time.Millisecond)
		release()
		close(released)
	}()
	mustNotErr(t, s.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-W02", Value: 2}))
	<-released
	if len(waits) != 1 || waits[0] < data.WaitNotice {
		t.Errorf("waits reported = %v, want one of at least %v", waits, data.WaitNotice)
	}
	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != 2 {
		t.Errorf("%d check-ins stored, want 2", len(cs))
	}
}
