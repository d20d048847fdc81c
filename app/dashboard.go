package app

import (
	"runtime"
	"sync"
)

// Pace is where one goal stands: its plan and values, its status against
// the plan, and where it is heading.
type Pace struct {
	Goal       Goal
	Plan       []PeriodTarget
	Values     []PeriodValue
	Assessment Assessment
	Projection Projection
	// RolledUp is the weighted progress of the goal's sub-goals; HasRollUp
	// is false when it has none with data.
	RolledUp   float64
	HasRollUp  bool
	ChildCount int
}

// Paces works out the pace of every goal of a snapshot as of a day: the
// dashboard's data, computed from three queries whatever the number of goals.
// The goals are shared out over the machine's cores: each goal's pace is
// independent of the others, and a dashboard must be ready within a frame.
func Paces(cal Calendar, snap Snapshot, asOf Date, th Thresholds) []Pace {
	paces := make([]Pace, len(snap.Goals))
	inParallel(len(paces), func(i int) { paces[i] = pace(cal, snap, snap.Goals[i], asOf, th) })
	RollUpPaces(paces)
	return paces
}

// inParallel calls f for 0..n-1 shared out over the machine's cores, one
// core for fewer than 32 items, where starting goroutines costs more than
// it saves.
func inParallel(n int, f func(i int)) {
	inParallelWith(n, func(_ *struct{}, i int) { f(i) })
}

// inParallelWith is inParallel giving each core's calls of f their own
// scratch s, zero at first, that f may keep buffers in from one item to
// the next: the next goal's plan is read into the last one's storage
// rather than into new memory that the collector must then free.
func inParallelWith[S any](n int, f func(s *S, i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/16))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s S
			for i := w; i < n; i += workers {
				f(&s, i)
			}
		}()
	}
	wg.Wait()
}

func pace(cal Calendar, snap Snapshot, g Goal, asOf Date, th Thresholds) Pace {
	plan := snap.Plans[g.ID]
	values := ValuesFromCheckIns(snap.CheckIns[g.ID])
	return Pace{Goal: g, Plan: plan, Values: values,
		Assessment: Assess(cal, g, plan, values, asOf, th),
		Projection: Project(cal, g, plan, values, asOf)}
}

// RollUpPaces gives each parent goal the weighted progress of its sub-goals.
func RollUpPaces(paces []Pace) {
	children := map[int64][]WeightedProgress{}
	for _, p := range paces {
		if p.Goal.ParentID != nil {
			children[*p.Goal.ParentID] = append(children[*p.Goal.ParentID], WeightedProgress{
				Weight: p.Goal.Weight, Progress: p.Assessment.Progress, OK: p.Assessment.Status != StatusNoData})
		}
	}
	for i := range paces {
		kids := children[paces[i].Goal.ID]
		paces[i].ChildCount = len(kids)
		paces[i].RolledUp, paces[i].HasRollUp = RollUpProgress(kids)
	}
}
