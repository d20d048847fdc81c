package app

// CadenceChange is what changing a goal's cadence makes of its check-ins:
// one new check-in per period of the new cadence, rolled up from the
// check-ins of the old cadence inside it. PreviewCadenceChange works it
// out; given back to ChangeCadence or SaveGoalSetup, it is what the user
// agreed to, and the change is refused if the check-ins differ by then.
type CadenceChange struct {
	GoalID   int64
	From, To Cadence
	Rollups  []CheckInRollup
}

// CheckInRollup is one check-in a change of cadence writes, in place of
// the check-ins it is rolled up from.
type CheckInRollup struct {
	Period string   // of the new cadence
	From   []string // the check-ins it replaces, oldest first
	// Missing are the periods of the old cadence inside Period and the
	// goal's dates that have no check-in: Value covers only part of Period.
	Missing    []string
	Value      float64 // the sum of From (flow goal) or the latest (level goal)
	Confidence int     // that of the latest check-in
	// Note joins the notes of From, each after its period; a screen may
	// add a line saying where the value comes from before confirming.
	Note string
}

// Partial reports whether the new check-in covers only part of its period.
func (r CheckInRollup) Partial() bool { return len(r.Missing) > 0 }
