package app

// WeightedProgress is one child goal's part in its parent's progress.
type WeightedProgress struct {
	// Weight is the child's share of the parent (data.Goal.Weight); only
	// its ratio to the other children's weights matters.
	Weight float64
	// Progress is the child's progress (GoalProgressFrom), uncapped.
	Progress float64
	// OK is false when the child has no data yet.
	OK bool
}

// RollUpProgress is a parent goal's progress from its children's: the
// average of their progress weighted by their normalised weights, from 0
// to 1.
//
//   - Children without data (OK false) or with a progress that is not a
//     number are left out and the others' weights normalised, so a child
//     not yet checked in neither counts as 0 % nor holds the parent back.
//   - When every child left has weight 0 (or a negative or non-finite one,
//     which counts as 0), they count as equal shares; otherwise children of
//     weight 0 do not count.
//   - Each child's progress is capped to 0..1 first (CapForDisplay): one
//     child far ahead must not make up for another behind, and the parent
//     reads as "how much of its parts is done".
//
// ok is false when no child has data.
func RollUpProgress(children []WeightedProgress) (progress float64, ok bool) {
	var sum, weights, plain float64
	n := 0
	for _, c := range children {
		if !c.OK || !IsFinite(c.Progress) {
			continue
		}
		p := CapForDisplay(c.Progress)
		n++
		plain += p
		if w := c.Weight; IsFinite(w) && w > 0 {
			sum += w * p
			weights += w
		}
	}
	switch {
	case n == 0:
		return 0, false
	case weights > 0 && IsFinite(weights):
		return CapForDisplay(sum / weights), true
	}
	return plain / float64(n), true
}
