package app

import (
	"math"
	"sort"
)

// Gap is the row's relative gap to plan in the goal's direction: VsPlan.Rel
// for goals that should rise or stay above, its opposite for goals that
// should fall or stay below, so that a negative gap is always worse than
// plan (−0.2 is 20 % behind). Against a plan of zero a shortfall is −Inf
// and a lead +Inf. ok is false without an actual or an expected value.
func (r ReviewRow) Gap() (gap float64, ok bool) {
	if !r.HasActual || !r.HasExpected {
		return 0, false
	}
	sign := 1.0
	if LowerIsBetter(r.Goal.Kind) {
		sign = -1
	}
	v := r.VsPlan
	switch {
	case v.RelOK:
		return sign * v.Rel, true
	case sign*v.Abs > 0:
		return math.Inf(1), true
	case sign*v.Abs < 0:
		return math.Inf(-1), true
	}
	return 0, true
}

// SortByWorstGap orders rows by Gap, worst first; rows without one go last.
// Rows with equal gaps keep their order.
func SortByWorstGap(rows []ReviewRow) {
	// The rows are large: sort their positions by gaps worked out once,
	// with sort.Stable, whose steps are those of sort.SliceStable (the
	// same order however gaps compare), then move each row once.
	o := gapOrder{perm: make([]int, len(rows)), gaps: make([]rowGap, len(rows))}
	for i := range rows {
		o.perm[i] = i
		o.gaps[i].gap, o.gaps[i].ok = rows[i].Gap()
	}
	sort.Stable(o)
	permute(rows, o.perm)
}

// rowGap is a row's Gap.
type rowGap struct {
	gap float64
	ok  bool
}

// gapOrder orders row positions (perm) by their rows' gaps, worst first,
// rows without one last.
type gapOrder struct {
	perm []int
	gaps []rowGap // by row position
}

func (o gapOrder) Len() int      { return len(o.perm) }
func (o gapOrder) Swap(i, j int) { o.perm[i], o.perm[j] = o.perm[j], o.perm[i] }
func (o gapOrder) Less(i, j int) bool {
	a, b := o.gaps[o.perm[i]], o.gaps[o.perm[j]]
	if a.ok != b.ok {
		return a.ok
	}
	return a.ok && a.gap < b.gap
}

// permute puts rows[perm[i]] at i for every i, following each cycle of
// perm, which it leaves as the identity.
func permute(rows []ReviewRow, perm []int) {
	for i := range perm {
		if perm[i] == i {
			continue
		}
		first, j := rows[i], i
		for perm[j] != i {
			k := perm[j]
			rows[j], perm[j] = rows[k], j
			j = k
		}
		rows[j], perm[j] = first, j
	}
}

// ReviewSummary counts review rows by status: the closed periods' verdicts,
// those closed without a check-in, the rows without data yet, and the
// running ones (on track, at risk and off track, which add up to Running).
type ReviewSummary struct {
	Achieved, Partial, Missed, NotReported, NoData, Running int
	OnTrack, AtRisk, OffTrack                               int
}

// Summarize counts rows by status.
func Summarize(rows []ReviewRow) ReviewSummary {
	var s ReviewSummary
	for _, r := range rows {
		switch r.Status {
		case StatusAchieved:
			s.Achieved++
		case StatusPartial:
			s.Partial++
		case StatusMissed:
			s.Missed++
		case StatusOnTrack:
			s.OnTrack++
		case StatusAtRisk:
			s.AtRisk++
		case StatusOffTrack:
			s.OffTrack++
		case StatusNotReported:
			s.NotReported++
		default:
			s.NoData++
		}
	}
	s.Running = s.OnTrack + s.AtRisk + s.OffTrack
	return s
}

// Counts are the summary's counts by status, for statuses that have one.
func (s ReviewSummary) Counts() map[Status]int {
	return map[Status]int{StatusAchieved: s.Achieved, StatusPartial: s.Partial, StatusMissed: s.Missed,
		StatusOnTrack: s.OnTrack, StatusAtRisk: s.AtRisk, StatusOffTrack: s.OffTrack,
		StatusNotReported: s.NotReported, StatusNoData: s.NoData}
}
