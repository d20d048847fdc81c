package app_test

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/data"
)

// reviewScreenData is what the reviews screen reads and works out when it
// opens on a quarter (views/reviews.go): the goals, the quarters to choose
// from, the latest ended one, the goals with the sums of their check-ins
// of the periods its review looks at, or those check-ins and history
// values where sums do not suffice (data.Store.Review), and its rows
// (through the screen's memo kept, see app.ReviewMemo) worst gap first
// with their summary. The first row's goal with its plan and values,
// which the charts beside the rows are drawn from, is read once the rows
// are shown (views: reviewsScreen.showRow) and is left out, as is drawing.
func reviewScreenData(tb testing.TB, s *data.Store, kept *app.ReviewMemo, cal app.Calendar, c app.Cadence, asOf app.Date) []app.ReviewRow {
	ctx := context.Background()
	goals, err := s.ListGoals(ctx, app.GoalFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, p := range app.ReviewPeriods(cal, goals, c, asOf) {
		if cal.End(p).Before(asOf.Time) {
			return reviewOf(tb, s, kept, cal, p, asOf)
		}
	}
	return nil
}

// reviewOf is what the reviews screen reads and works out for period p
// once it has its periods (reviewScreenData).
func reviewOf(tb testing.TB, s *data.Store, kept *app.ReviewMemo, cal app.Calendar, p app.Period, asOf app.Date) []app.ReviewRow {
	ctx := context.Background()
	d, err := s.Review(ctx, app.GoalFilter{}, cal, p, asOf)
	if err != nil {
		tb.Fatal(err)
	}
	rows := kept.RowsFrom(cal, d, p, asOf, app.DefaultThresholds)
	app.SortByWorstGap(rows)
	app.Summarize(rows)
	return rows
}

// BenchmarkReview200Goals5YearsWeekly loads and computes what the reviews
// screen shows for a quarter of dashboardStore's 200 weekly goals
// (reviewScreenData): the latest ended quarter on 30 June 2023, 2023-Q1.
// The goal is one frame (16 ms), as for the dashboard. compute is the
// part of it after the reads: the quarters and the rows with their
// summary, every goal worked out. ns/op is a median; load+compute follows
// a check-in saved before each turn, with the screen's memo kept from one
// showing to the next (after a goal edit: a goal saved before each turn),
// and cold-load+compute is a store's first read with
// a new memo, as for the dashboard (benchDashboard), of the period the
// store closed on (whose sums the file keeps); not_read_before reviews a
// period whose sums the file does not keep.
func BenchmarkReview200Goals5YearsWeekly(b *testing.B) {
	benchReview(b, 200, 5, app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1})
}

// BenchmarkReviewYear200Goals5YearsWeekly is the review of a year, 2022,
// the latest ended on 30 June 2023, of the same store.
func BenchmarkReviewYear200Goals5YearsWeekly(b *testing.B) {
	benchReview(b, 200, 5, app.Period{Cadence: app.CadenceYear, Year: 2022, Index: 1})
}

// BenchmarkReview2000Goals10YearsWeekly is the review of 2023-Q1 at ten
// times the scale: 2,000 weekly goals with ten years of check-ins.
func BenchmarkReview2000Goals10YearsWeekly(b *testing.B) {
	benchReview(b, 2000, 10, app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1})
}

// BenchmarkReviewYear2000Goals10YearsWeekly is the review of 2022 at ten
// times the scale.
func BenchmarkReviewYear2000Goals10YearsWeekly(b *testing.B) {
	benchReview(b, 2000, 10, app.Period{Cadence: app.CadenceYear, Year: 2022, Index: 1})
}

func benchReview(b *testing.B, goals, years int, p app.Period) {
	s, path := scaleStoreCopy(b, goals, years)
	defer func() { s.Close() }() // the store benchColdAlone opened anew
	cal, asOf := app.Calendar{}, scaleAsOf
	show := func(s *data.Store, kept *app.ReviewMemo) {
		if r := reviewScreenData(b, s, kept, cal, p.Cadence, asOf); len(r) != goals || r[0].Period != p {
			b.Fatalf("%d rows", len(r))
		}
	}
	b.Run("load+compute", func(b *testing.B) {
		var kept app.ReviewMemo // the screen's, kept from one showing to the next
		benchAfter(b, saveOneCheckIn(b, s), func(int) { show(s, &kept) })
	})
	b.Run("load+compute,_after_a_goal_edit", func(b *testing.B) {
		var kept app.ReviewMemo
		show(s, &kept)
		benchAfter(b, editOneGoal(b, s), func(int) { show(s, &kept) })
	})
	b.Run("cold-load+compute", func(b *testing.B) {
		s = benchColdAlone(b, s, path, func(s *data.Store) { show(s, new(app.ReviewMemo)) })
	})
	if years >= 10 { // at 5 years, too few periods for each turn's to be older than those kept
		b.Run("cold-load+compute,_not_read_before", func(b *testing.B) {
			// The store keeps the sums of the latest few periods read in the
			// file (data/review_kept.go); each turn reviews a period read
			// longer ago than that, or never.
			earlier := []app.Period{p}
			for range 8 {
				earlier = append(earlier, earlier[len(earlier)-1].Prev())
			}
			turn := 0
			s = benchColdAlone(b, s, path, func(s *data.Store) {
				q := earlier[turn%len(earlier)]
				turn++
				if r := reviewOf(b, s, new(app.ReviewMemo), cal, q, asOf); len(r) != goals {
					b.Fatalf("%d rows of %s", len(r), q.Key())
				}
			})
		})
	}
	d, err := s.Review(context.Background(), app.GoalFilter{}, cal, p, asOf)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("compute", func(b *testing.B) {
		testkit.BenchMedian(b, func(int) {
			app.ReviewPeriods(cal, d.Goals, p.Cadence, asOf)
			rows := app.ReviewRowsFrom(cal, d, p, asOf, app.DefaultThresholds)
			app.SortByWorstGap(rows)
			app.Summarize(rows)
		})
	})
}
