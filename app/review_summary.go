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
	sort.SliceStable(rows, func(i, j int) bool {
		gi, oki := rows[i].Gap()
		gj, okj := rows[j].Gap()
		if oki != okj {
			return oki
		}
		return oki && gi < gj
	})
}

// ReviewSummary counts review rows by status: the closed periods' verdicts,
// the rows without data, and the running ones (on track, at risk and off
// track, which add up to Running).
type ReviewSummary struct {
	Achieved, Partial, Missed, NoData, Running int
	OnTrack, AtRisk, OffTrack                  int
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
		StatusOnTrack: s.OnTrack, StatusAtRisk: s.AtRisk, StatusOffTrack: s.OffTrack, StatusNoData: s.NoData}
}
