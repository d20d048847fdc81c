package app

import (
	"context"
	"testing"

	"pacer/data"
)

// BenchmarkReview200Goals5YearsWeekly loads and computes what the reviews
// screen shows for a quarter of dashboardStore's 200 weekly goals: the
// snapshot, the quarters to choose from, and the rows of the latest ended
// one (2023-Q1 on 30 June 2023), worst gap first, with their summary. The
// goal is one frame (16 ms), as for the dashboard. ns/op is a median
// (benchMedian).
func BenchmarkReview200Goals5YearsWeekly(b *testing.B) {
	s := dashboardStore(b)
	cal, asOf := Calendar{}, data.NewDate(2023, 6, 30)
	rows := func(snap data.Snapshot) []ReviewRow {
		periods := ReviewPeriods(cal, snap.Goals, data.CadenceQuarter, asOf)
		for _, p := range periods {
			if cal.End(p).Before(asOf.Time) {
				rows := ReviewRows(cal, snap, p, asOf, DefaultThresholds)
				SortByWorstGap(rows)
				Summarize(rows)
				return rows
			}
		}
		return nil
	}
	b.Run("load+compute", func(b *testing.B) {
		benchMedian(b, func(int) {
			snap, err := s.Snapshot(context.Background(), data.GoalFilter{})
			if err != nil {
				b.Fatal(err)
			}
			if r := rows(snap); len(r) != 200 || r[0].Period.Key() != "2023-Q1" {
				b.Fatalf("%d rows", len(r))
			}
		})
	})
	snap, err := s.Snapshot(context.Background(), data.GoalFilter{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("compute", func(b *testing.B) {
		benchMedian(b, func(int) { rows(snap) })
	})
}
