package app

import (
	"slices"
	"testing"
	"time"
)

// minTurns is the fewest runs benchTurns makes of each function, however
// long one takes: a median needs a few.
const minTurns = 9

// benchTurns runs each of fs once per iteration, rotating which goes
// first, for as long as b.Loop asks and at least minTurns times, and
// returns the median time of each. Run in turns, all see the same load on
// the machine; and a median, unlike go test's mean, is not doubled by one
// run that a busy machine stalled. data/bench_test.go has the same
// function.
func benchTurns(b *testing.B, fs ...func(i int)) []time.Duration {
	times := make([][]time.Duration, len(fs))
	turn := func(i int) {
		for k := range fs {
			j := (i + k) % len(fs)
			t0 := time.Now()
			fs[j](i)
			times[j] = append(times[j], time.Since(t0))
		}
	}
	i := 0
	for ; b.Loop(); i++ {
		turn(i)
	}
	for ; i < minTurns; i++ {
		turn(i)
	}
	medians := make([]time.Duration, len(fs))
	for j, ts := range times {
		slices.Sort(ts)
		medians[j] = ts[len(ts)/2]
	}
	return medians
}

// benchPair times subject and floor in turns (benchTurns) and reports
// their medians: subject's as ns/op, floor's in unit.
func benchPair(b *testing.B, unit string, subject, floor func(i int)) {
	m := benchTurns(b, subject, floor)
	b.ReportMetric(float64(m[0]), "ns/op")
	b.ReportMetric(float64(m[1]), unit)
}

// benchMedian times f (benchTurns) and reports its median as ns/op.
func benchMedian(b *testing.B, f func(i int)) {
	b.ReportMetric(float64(benchTurns(b, f)[0]), "ns/op")
}
