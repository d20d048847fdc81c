package app_test

import (
	"reflect"
	"testing"

	"pacer/app"
)

// memoReview is memoData's goal reviewed from sums: 250 in the period,
// 200 in the one before and none a year earlier.
func memoReview() app.ReviewData {
	d := memoData(app.KindIncrease, app.AggFlow, app.CadenceMonth)
	return app.ReviewData{Snapshot: d.Snapshot, Sums: map[int64]app.ReviewSums{1: {{Count: 3, Sum: 250}, {Count: 3, Sum: 200}}}}
}

// TestReviewMemoKeepsRowsOfOneReview checks that a memo reuses the rows
// of unchanged goals within one review (its plan written in place, which
// callers must not do, leaves the memo's row as it was) and works them
// out again for another period, day, calendar or thresholds, or new sums.
func TestReviewMemoKeepsRowsOfOneReview(t *testing.T) {
	cal, asOf, th := app.Calendar{}, app.NewDate(2023, 8, 15), app.DefaultThresholds
	q1, q2 := app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 1}, app.Period{Cadence: app.CadenceQuarter, Year: 2023, Index: 2}
	var m app.ReviewMemo
	d := memoReview()
	first := m.RowsFrom(cal, d, q1, asOf, th)
	if want := app.ReviewRowsFrom(cal, d, q1, asOf, th); !reflect.DeepEqual(first, want) || len(first) != 1 {
		t.Fatalf("first call %+v, want %+v", first, want)
	}
	for name, again := range map[string]func() ([]app.ReviewRow, []app.ReviewRow){
		"another period": func() ([]app.ReviewRow, []app.ReviewRow) {
			return m.RowsFrom(cal, d, q2, asOf, th), app.ReviewRowsFrom(cal, d, q2, asOf, th)
		},
		"another day": func() ([]app.ReviewRow, []app.ReviewRow) {
			day := app.NewDate(2023, 2, 20)
			return m.RowsFrom(cal, d, q1, day, th), app.ReviewRowsFrom(cal, d, q1, day, th)
		},
		"other thresholds": func() ([]app.ReviewRow, []app.ReviewRow) {
			th := app.Thresholds{OnTrack: 0.9, AtRisk: 0.85}
			return m.RowsFrom(cal, d, q1, asOf, th), app.ReviewRowsFrom(cal, d, q1, asOf, th)
		},
		"other sums": func() ([]app.ReviewRow, []app.ReviewRow) {
			d := memoReview()
			d.Sums[1] = app.ReviewSums{{Count: 3, Sum: 900}}
			return m.RowsFrom(cal, d, q1, asOf, th), app.ReviewRowsFrom(cal, d, q1, asOf, th)
		},
	} {
		got, want := again()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the memo gave\n%+v\nwant\n%+v", name, got, want)
		}
		if reflect.DeepEqual(got, first) {
			t.Errorf("%s makes no difference to the rows: the test tests nothing", name)
		}
		m.RowsFrom(cal, d, q1, asOf, th) // back to the first review
	}
	d.Plans[1][0].Target = 400 // behind the memo's back
	if kept := m.RowsFrom(cal, d, q1, asOf, th); !reflect.DeepEqual(kept, first) {
		t.Fatalf("row worked out again: %+v, was %+v", kept, first)
	}
	if fresh := app.ReviewRowsFrom(cal, d, q1, asOf, th); reflect.DeepEqual(fresh, first) {
		t.Fatal("the test's change to the plan makes no difference to the row")
	}
}
