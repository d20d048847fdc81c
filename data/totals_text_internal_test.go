package data

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
)

// TestTotalsAsOfTextIsExact writes totals rows of random floats of every
// size and reads them back through the dashboard's query, which hands
// each row back as text (qTotalsAsOf): every total and value must come
// back as the same float, not one rounded to 15 digits.
func TestTotalsAsOfTextIsExact(t *testing.T) {
	ctx := context.Background()
	s, goalID := fastStore(t)
	r := rand.New(rand.NewPCG(17, 1))
	for i := range 2000 {
		total, value := randomFinite(r), randomFinite(r)
		if i%3 == 0 {
			total, value = r.Float64()*1e7, float64(r.IntN(1e6))/100
		}
		_, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO checkin_totals (goal_id, period_key, n, total, value, first_key)
			VALUES (?, '2020-W01', 7, ?, ?, '2020-W01')`, goalID, total, value)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := s.begin(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		got, err := readTotalsAsOf(ctx, tx, qTotalsAsOf, []any{"2020-W52", "2020-12", "2020-Q4", "2020-H2", "2020"})
		tx.Rollback()
		if err != nil {
			t.Fatal(err)
		}
		v := got[goalID]
		if v.Count != 7 || v.Sum != total || v.Last.Value != value || v.Last.PeriodKey != "2020-W01" {
			t.Fatalf("wrote %v and %v, read %+v", total, value, v)
		}
	}
}

// randomFinite is a float of random bits, NaN and infinities aside.
func randomFinite(r *rand.Rand) float64 {
	for {
		if f := math.Float64frombits(r.Uint64()); !math.IsNaN(f) && !math.IsInf(f, 0) {
			return f
		}
	}
}

// TestParseTotalsAsOfRefusesDamage checks that text the query cannot
// have written is an error, never totals of zero.
func TestParseTotalsAsOfRefusesDamage(t *testing.T) {
	for _, text := range []string{"", "7", "7 1.5", "7 1.5 2", "x 1.5 2 2020-W01", "7 one 2 2020-W01", "7 1.5 two 2020-W01"} {
		if v, err := parseTotalsAsOf(text); err == nil {
			t.Errorf("%q read as %+v", text, v)
		}
	}
	if v, err := parseTotalsAsOf("3 -0.5 1e+300 2021-W53"); err != nil || v.Count != 3 || v.Sum != -0.5 || v.Last.Value != 1e300 || v.Last.PeriodKey != "2021-W53" {
		t.Errorf("read %+v, %v", v, err)
	}
}
