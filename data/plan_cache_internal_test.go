package data

import (
	"math"
	"reflect"
	"testing"
	"unsafe"

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

// TestPlanCacheSharedKeys decodes two goals' plans sharing their keys'
// strings: each reads as it does alone, and a key the second repeats is
// the first's string, not a copy.
func TestPlanCacheSharedKeys(t *testing.T) {
	a := []app.PeriodTarget{{PeriodKey: "2023-Q1", Target: 1}, {PeriodKey: "2023-Q2", Target: 2}}
	b := []app.PeriodTarget{{PeriodKey: "2023-Q2", Target: 3}, {PeriodKey: "2023-Q3", Target: 4}}
	keys := newPeriodKeys()
	gotA, errA := decodePlanKeys(encodePlan(a), keys)
	gotB, errB := decodePlanKeys(encodePlan(b), keys)
	if errA != nil || errB != nil || !reflect.DeepEqual(gotA, a) || !reflect.DeepEqual(gotB, b) {
		t.Fatalf("decoded %+v %v and %+v %v", gotA, errA, gotB, errB)
	}
	if unsafe.StringData(gotA[1].PeriodKey) != unsafe.StringData(gotB[0].PeriodKey) {
		t.Error("2023-Q2 is read twice")
	}
	if _, err := decodePlanKeys(encodePlan(a)[:5], keys); err == nil {
		t.Error("a cut row is read")
	}
}
