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

// partDone is how much of a sub-goal is done, for its parent's roll-up:
// its progress, except for a cap on a sum (a budget) still running, whose
// progress means nothing before its end (any spend under the cap reads as
// all done; see GoalProgress). Such a goal is as far along as the part of
// its cap the plan has used by now, times how well it keeps to that pace
// (its ratio, at most 1): a budget on plan a quarter into the year is a
// quarter done, as a sales goal on plan would be; one that spent half the
// year's cap in January is almost nothing done, and one past its cap
// nothing. A goal that ended without a verdict ("not checked in": never
// reported, or a budget with months never reported) has nothing of it
// shown done: it counts as 0. Left out, or at the budget's 26 % of its cap
// read as all done, it let a parent read "sub-goals 100 %" beside a
// review of one child achieved and two not checked in.
func partDone(p Pace) float64 {
	g, a := p.Goal, p.Assessment
	if a.Status == StatusNotReported {
		return 0
	}
	if g.Kind != KindDecrease || g.Aggregation != AggFlow || a.Status.Ended() || !(g.Target > 0) {
		return a.Progress
	}
	if a.Actual > g.Target {
		return 0 // the cap is spent already: nothing of it can be met
	}
	return ClampFinite(min(a.Expected/g.Target, 1) * min(max(a.Ratio, 0), 1))
}

// RollUpPaces gives each parent goal the weighted progress of its
// sub-goals (partDone): those without data yet are left out while they
// may still report; an ended one never checked in counts as nothing done.
func RollUpPaces(paces []Pace) {
	children := map[int64][]WeightedProgress{}
	for _, p := range paces {
		if p.Goal.ParentID != nil {
			counts := !p.Assessment.NoValues || p.Assessment.Status == StatusNotReported
			children[*p.Goal.ParentID] = append(children[*p.Goal.ParentID], WeightedProgress{
				Weight: p.Goal.Weight, Progress: partDone(p), OK: counts})
		}
	}
	for i := range paces {
		kids := children[paces[i].Goal.ID]
		paces[i].ChildCount = len(kids)
		paces[i].RolledUp, paces[i].HasRollUp = RollUpProgress(kids)
	}
}
