package data

import (
	"math"
	"reflect"
	"testing"

	"pacer/app"
)

// TestPlanCacheEncoding round-trips plan periods through the cache's
// encoding, floors, negative zero and the largest float included, and
// refuses a cut row.
func TestPlanCacheEncoding(t *testing.T) {
	floor, negZero := 12.5, math.Copysign(0, -1)
	pts := []app.PeriodTarget{
		{PeriodKey: "2023-Q1", Target: 1_000_000.01, Floor: &floor},
		{PeriodKey: "2023-W53", Target: negZero},
		{PeriodKey: "2023", Target: math.MaxFloat64},
	}
	b := encodePlan(pts)
	got, err := decodePlan(b)
	if err != nil || !reflect.DeepEqual(got, pts) || !math.Signbit(got[1].Target) {
		t.Fatalf("decoded %+v, %v; want %+v", got, err, pts)
	}
	// A cut between two periods reads the periods before it; any other
	// cut is refused.
	between := map[int]bool{len(encodePlan(pts[:1])): true, len(encodePlan(pts[:2])): true}
	for cut := 1; cut < len(b); cut++ {
		if _, err := decodePlan(b[:cut]); (err == nil) != between[cut] {
			t.Errorf("a row cut at %d bytes: %v", cut, err)
		}
	}
}
