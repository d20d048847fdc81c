package data_test

import (
	"context"
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
