package agreement

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/data"
)

// TestDashboardTotalsAgreeWithCheckIns is the property of issue 17: after
// any sequence of new, replaced, moved and deleted check-ins, imports,
// re-plans, goal edits, cadence changes, restores of a backup and
// reopenings of the file (which read the goals from its setup snapshot),
// the dashboard's goals and plans are the file's, and its paces worked
// out from the store's running totals (data.Store.Dashboard,
// app.PacesFrom) are those worked out the slow way from every check-in
// (Snapshot, Paces), as of several days.
func TestDashboardTotalsAgreeWithCheckIns(t *testing.T) {
	seeds := seedCount(24)
	for seed := range seeds {
		t.Run(strconv.Itoa(seed), func(t *testing.T) {
			w := newWorld(t, uint64(seed)+1000)
			for i := range 1 + w.rng.IntN(3) {
				w.addGoal(i)
			}
			g := w.goals()[0]
			w.asOf = app.DateOfDayNumber(g.Start.DayNumber() + 20 + w.rng.IntN(385))
			w.note("as of %s", w.asOf)
			for range 6 + w.rng.IntN(14) {
				w.totalsStep()
				w.checkTotals()
			}
		})
	}
}

// totalsStep applies one random operation, the world's own or one that
// only the totals care about.
func (w *world) totalsStep() {
	gs := w.goals()
	g := gs[w.rng.IntN(len(gs))]
	switch w.rng.IntN(11) {
	case 0:
		w.deleteCheckIn(g)
	case 1:
		w.moveCheckIn(g)
	case 2:
		w.editGoal(g)
	case 3:
		w.restore()
	case 4:
		w.reopen()
	default:
		w.step()
	}
}

// deleteCheckIn deletes one of g's check-ins.
func (w *world) deleteCheckIn(g app.Goal) {
	cs, err := w.s.CheckIns(w.ctx, g.ID)
	if err != nil || len(cs) == 0 {
		return
	}
	c := cs[w.rng.IntN(len(cs))]
	if err := w.s.DeleteCheckIn(w.ctx, c.ID); err != nil {
		w.fatal("delete check-in: %v", err)
	}
	w.note("deleted goal %d's %s", g.ID, c.PeriodKey)
}

// moveCheckIn gives one of g's check-ins another free period and value.
func (w *world) moveCheckIn(g app.Goal) {
	cs, err := w.s.CheckIns(w.ctx, g.ID)
	ps := w.started(g)
	if err != nil || len(cs) == 0 || len(ps) == 0 {
		return
	}
	c := cs[w.rng.IntN(len(cs))]
	p := ps[w.rng.IntN(len(ps))]
	c.PeriodKey, c.Value = p.Key(), w.value(g, p)
	if err := w.s.UpdateCheckIn(w.ctx, &c); err != nil {
		w.note("move of goal %d's check-in to %s refused: %v", g.ID, p.Key(), err)
		return
	}
	w.note("moved a check-in of goal %d to %s = %v", g.ID, c.PeriodKey, c.Value)
}

// editGoal changes g's kind or target, as the goal form does.
func (w *world) editGoal(g app.Goal) {
	kinds := []app.Kind{app.KindIncrease, app.KindDecrease, app.KindStayAbove, app.KindStayBelow}
	g.Kind = kinds[w.rng.IntN(len(kinds))]
	g.Target = app.RoundValue(g.Target*(0.7+0.6*w.rng.Float64()), g.Decimals)
	if err := w.s.UpdateGoal(w.ctx, &g); err != nil {
		w.note("edit of goal %d refused: %v", g.ID, err)
		return
	}
	w.note("goal %d now %s, target %v", g.ID, g.Kind, g.Target)
}

// restore backs the store up, changes it, and opens the backup in its
// place, as restoring a backup does.
func (w *world) restore() {
	dest := filepath.Join(w.t.TempDir(), "restore.db")
	if err := w.s.Backup(w.ctx, dest); err != nil {
		w.fatal("backup: %v", err)
	}
	w.step()
	path := w.s.Path()
	w.s.Close()
	if _, err := data.Restore(w.ctx, path, dest, time.Now()); err != nil {
		w.fatal("restore: %v", err)
	}
	w.open(path)
	w.note("restored the backup taken before the step above")
}

// reopen closes the store and opens the file again, as quitting Pacer and
// starting it does: the goals and plans come from the setup snapshot the
// closing store wrote.
func (w *world) reopen() {
	path := w.s.Path()
	w.s.Close()
	w.open(path)
	w.note("closed the store and opened the file again")
}

// open makes a store opened on the file at path the world's.
func (w *world) open(path string) {
	s, err := data.Open(context.Background(), path)
	if err != nil {
		w.fatal("open %s: %v", path, err)
	}
	w.t.Cleanup(func() { s.Close() })
	w.s = s
}

// checkTotals compares the dashboard's paces from totals with those from
// every check-in, as of the world's day and of a few others.
func (w *world) checkTotals() {
	w.t.Helper()
	g := w.goals()[0]
	for k, asOf := range []app.Date{w.asOf, g.Start, app.DateOfDayNumber(g.Start.DayNumber() + w.rng.IntN(420))} {
		snap, err := w.s.Snapshot(w.ctx, app.GoalFilter{})
		if err != nil {
			w.fatal("snapshot: %v", err)
		}
		d, err := w.s.Dashboard(w.ctx, app.GoalFilter{}, w.cal, asOf)
		if err != nil {
			w.fatal("dashboard: %v", err)
		}
		if !reflect.DeepEqual(d.Goals, snap.Goals) || !reflect.DeepEqual(d.Plans, snap.Plans) {
			w.fatal("the dashboard's goals and plans\n%+v %+v\ndiffer from the file's\n%+v %+v", d.Goals, d.Plans, snap.Goals, snap.Plans)
		}
		w.checkPlanCache(snap)
		slow, fast := app.Paces(w.cal, snap, asOf, w.th), app.PacesFrom(w.cal, d, asOf, w.th)
		if kept := w.memos[k].PacesFrom(w.cal, d, asOf, w.th); !reflect.DeepEqual(kept, fast) {
			w.fatal("as of %s, the memo's paces\n%+v\ndiffer from PacesFrom's\n%+v", asOf, kept, fast)
		}
		for i := range slow {
			if msg := paceDiff(slow[i], fast[i]); msg != "" {
				_, fromTotals := d.Totals[slow[i].Goal.ID]
				w.fatal("as of %s, goal %d (from totals: %v): %s", asOf, slow[i].Goal.ID, fromTotals, msg)
			}
		}
	}
}

// checkPlanCache compares each goal's plan as the screens read it (from
// the store's plan cache) with its latest revision read from the plan
// periods (GoalSnapshot).
func (w *world) checkPlanCache(snap app.Snapshot) {
	w.t.Helper()
	for _, g := range snap.Goals {
		one, err := w.s.GoalSnapshot(w.ctx, g.ID)
		if err != nil {
			w.fatal("goal snapshot: %v", err)
		}
		if got, want := snap.Plans[g.ID], one.Plans[g.ID]; !reflect.DeepEqual(got, want) {
			w.fatal("goal %d's cached plan %+v, its latest revision %+v", g.ID, got, want)
		}
	}
}

// paceDiff says how fast differs from slow in anything the dashboard
// shows, "" when in nothing.
func paceDiff(slow, fast app.Pace) string {
	if msg := assessmentDiff(slow.Assessment, fast.Assessment); msg != "" {
		return msg
	}
	if msg := projectionDiff(slow.Projection, fast.Projection); msg != "" {
		return msg
	}
	if slow.HasRollUp != fast.HasRollUp || !testkit.Near(slow.RolledUp, fast.RolledUp) {
		return "roll-up differs"
	}
	return ""
}

func assessmentDiff(a, b app.Assessment) string {
	if a.Status != b.Status || a.Date != b.Date || !testkit.Near(a.Actual, b.Actual) || !testkit.Near(a.Expected, b.Expected) ||
		!testkit.Near(a.Ratio, b.Ratio) || !testkit.Near(a.Progress, b.Progress) {
		return "assessment " + str(a) + " ≠ " + str(b)
	}
	return ""
}

func projectionDiff(p, q app.Projection) string {
	if p.OK != q.OK || p.Method != q.Method || p.RemainingPeriods != q.RemainingPeriods || !testkit.Near(p.EndValue, q.EndValue) ||
		!testkit.Near(p.Attainment, q.Attainment) || !testkit.Near(p.Pace, q.Pace) || len(p.Needs) != len(q.Needs) {
		return "projection " + str(p.Method, p.EndValue, p.Attainment, p.Pace, p.RemainingPeriods, len(p.Needs)) +
			" ≠ " + str(q.Method, q.EndValue, q.Attainment, q.Pace, q.RemainingPeriods, len(q.Needs))
	}
	for i := range p.Needs {
		if p.Needs[i].PeriodKey != q.Needs[i].PeriodKey || !testkit.Near(p.Needs[i].Amount, q.Needs[i].Amount) {
			return "need " + str(p.Needs[i]) + " ≠ " + str(q.Needs[i])
		}
	}
	return "" // Path: a dashboard pace has none (app.PacesFrom)
}

// str writes vs for a failure message.
func str(vs ...any) string { return fmt.Sprintf("%+v", vs) }
