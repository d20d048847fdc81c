package data_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// TestDueCountsAgreeWithDueCheckIns fills files with goals of every
// cadence, spans and fiscal year start and with check-ins of random
// periods, in random order, as another program might write them (before
// and after the span, of another cadence, weeks 53 that do not exist),
// and checks that DueCounts, from the running totals, counts what
// app.DueCheckIns lists from every reported period, for every goal; and
// that a goal whose totals are marked stale is left to that.
func TestDueCountsAgreeWithDueCheckIns(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(2026, 12))
	cadences := []app.Cadence{app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear}
	for round := range 12 {
		path := filepath.Join(t.TempDir(), "due.db")
		s := mustOpenPath(t, path)
		cal := app.Calendar{FiscalStart: time.Month(1 + round%12)}
		mustNotErr(t, s.SetSetting(ctx, data.SettingFiscalStart, strconv.Itoa(int(cal.FiscalStart))))
		today := app.NewDate(2026, time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
		var goals []*app.Goal
		for i := range 10 {
			g := newGoal()
			g.Cadence = cadences[i%len(cadences)]
			g.PlanBy = app.CadenceYear
			g.Start = app.NewDate(2023+rng.IntN(3), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
			g.End = app.DateOfDayNumber(g.Start.DayNumber() + 60 + rng.IntN(1200))
			g.Archived = i == 9
			goals = append(goals, mustCreateGoal(t, s, g))
		}
		// One whose first week has fallen due and is not yet overdue, with
		// check-ins of weeks before it.
		fresh := newGoal()
		fresh.Cadence, fresh.PlanBy = app.CadenceWeek, app.CadenceYear
		fresh.Start = app.DateOfDayNumber(today.DayNumber() - 9 - rng.IntN(3))
		fresh.End = app.DateOfDayNumber(today.DayNumber() + 300)
		goals = append(goals, mustCreateGoal(t, s, fresh))
		for _, g := range goals {
			for _, key := range randomKeys(rng, cal, *g) {
				_, err := s.DB().Exec(`INSERT OR IGNORE INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
					VALUES (?, ?, ?, 5, '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`, g.ID, key, float64(rng.IntN(100)))
				mustNotErr(t, err)
			}
		}
		mustNotErr(t, s.Close())
		s = mustOpenPath(t, path) // recomputes the totals the inserts out of order marked stale

		spans := map[int64]app.DueSpan{}
		for _, g := range goals {
			spans[g.ID] = app.DueSpanOf(cal, *g, today)
		}
		got, err := s.DueCounts(ctx, spans)
		mustNotErr(t, err)
		reported, err := s.ReportedPeriods(ctx)
		mustNotErr(t, err)
		for _, g := range goals {
			var want app.DueCount
			due := app.DueCheckIns(cal, *g, reported[g.ID], today)
			for _, d := range due {
				want.Due++
				if d.Overdue {
					want.Overdue++
				}
			}
			if sp := spans[g.ID]; sp.Due > 0 {
				for key := range reported[g.ID] {
					p, err := app.ParsePeriodKey(key) // the totals count periods of the goal's cadence alone
					if err == nil && p.Cadence == g.Cadence && p.Valid() && key >= sp.First && key <= sp.LastDue && key > want.LastReported {
						want.LastReported = key
					}
				}
			}
			c, ok := got[g.ID]
			if from, gapless := app.UnreportedFrom(spans[g.ID], c); ok && gapless {
				if listed := app.DueCheckInsFrom(cal, *g, from, nil, today); !reflect.DeepEqual(listed, due) {
					t.Errorf("round %d, %s goal %v–%v, today %v: due from %s %v, DueCheckIns %v",
						round, g.Cadence, g.Start, g.End, today, from, listed, due)
				}
			}
			if !ok && spans[g.ID].Due > 0 {
				t.Errorf("round %d, %s goal %v–%v: not counted", round, g.Cadence, g.Start, g.End)
			}
			if c != want {
				t.Errorf("round %d, %s goal %v–%v (archived %v), today %v: counted %+v, DueCheckIns %+v",
					round, g.Cadence, g.Start, g.End, g.Archived, today, c, want)
			}
		}

		_, err = s.DB().Exec(`INSERT INTO checkin_totals_stale (goal_id, from_key) VALUES (?, '')`, goals[0].ID)
		mustNotErr(t, err)
		got, err = s.DueCounts(ctx, spans)
		mustNotErr(t, err)
		if _, ok := got[goals[0].ID]; ok {
			t.Errorf("round %d: a goal whose totals are stale was counted from them", round)
		}
		mustNotErr(t, s.Close())
	}
}

// randomKeys are keys of some of g's periods, of periods before and after
// its span, of another cadence and of a week 53 that may not exist.
func randomKeys(rng *rand.Rand, cal app.Calendar, g app.Goal) []string {
	wide := g
	wide.Start, wide.End = app.DateOfDayNumber(g.Start.DayNumber()-400), app.DateOfDayNumber(g.End.DayNumber()+400)
	var keys []string
	for _, p := range app.CheckInPeriods(cal, wide) {
		if rng.IntN(3) > 0 {
			keys = append(keys, p.Key())
		}
	}
	rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	return append(keys, "2025-03", "2024-Q2", "2025-W53", "2026-W53", "2020-W53")
}

// TestDueCountsFollowWrites counts through one store, which keeps the
// counts it read, while check-ins are saved, replaced and deleted through
// it and by another program, a goal's dates change and the day moves on:
// each count is what app.DueCheckIns lists from every reported period.
func TestDueCountsFollowWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "due.db")
	s := mustOpenPath(t, path)
	cal, today := app.Calendar{}, app.NewDate(2026, time.June, 20)
	var goals []*app.Goal
	for i, c := range []app.Cadence{app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter, app.CadenceWeek} {
		g := newGoal()
		g.Title, g.Cadence, g.PlanBy = fmt.Sprintf("Goal %d", i), c, app.CadenceYear
		g.Start, g.End = app.NewDate(2025, time.March, 3), app.NewDate(2026, time.December, 31)
		goals = append(goals, mustCreateGoal(t, s, g))
	}
	// A goal with check-ins waiting to be counted is missing from the
	// counts, and DueCheckIns counts it.
	checkDue := func(what string, counted bool) {
		t.Helper()
		spans := map[int64]app.DueSpan{}
		for _, g := range goals {
			spans[g.ID] = app.DueSpanOf(cal, *g, today)
		}
		got, err := s.DueCounts(ctx, spans)
		mustNotErr(t, err)
		reported, err := s.ReportedPeriods(ctx)
		mustNotErr(t, err)
		for _, g := range goals {
			var want app.DueCount
			for _, d := range app.DueCheckIns(cal, *g, reported[g.ID], today) {
				want.Due++
				if d.Overdue {
					want.Overdue++
				}
			}
			c, ok := got[g.ID]
			if !ok && counted {
				t.Errorf("after %s, goal %d has no count", what, g.ID)
			}
			if ok && (c.Due != want.Due || c.Overdue != want.Overdue) {
				t.Errorf("after %s, goal %d: counted %+v, DueCheckIns %+v", what, g.ID, c, want)
			}
		}
	}
	check := func(what string) {
		t.Helper()
		checkDue(what, false)
		s.SettleDerived(ctx) // the store counts the check-ins waiting
		checkDue(what+", counted", true)
	}
	put := func(g *app.Goal, key string) {
		t.Helper()
		mustNotErr(t, s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: key, Value: 5, Confidence: 5}))
	}
	check("no check-in")
	for _, p := range cal.Periods(app.CadenceWeek, goals[0].Start, app.NewDate(2026, time.May, 31)) {
		put(goals[0], p.Key())
	}
	put(goals[1], "2025-03")
	check("check-ins of two goals")
	put(goals[0], "2026-W23")
	check("the first goal's next week")
	cs, err := s.CheckIns(ctx, goals[0].ID)
	mustNotErr(t, err)
	mustNotErr(t, s.DeleteCheckIn(ctx, cs[3].ID))
	check("a check-in deleted, a gap left")
	goals[2].End = app.NewDate(2025, time.September, 30)
	mustNotErr(t, s.UpdateGoal(ctx, goals[2]))
	check("a goal ended earlier")
	_, err = otherProgram(t, path).Exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
		VALUES (?, '2025-Q2', 1, 5, '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`, goals[2].ID)
	mustNotErr(t, err)
	check("a check-in written by another program")
	today = app.NewDate(2026, time.August, 2)
	check("the day moved on")
}
