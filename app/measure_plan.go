package app

// MeasurePlan is where the action plan steps made from a gap measure stand:
// the review shows it beside the measure, so that the gap analysis and the
// Actions screen never disagree on whether the work was done.
type MeasurePlan struct {
	ActionID int64
	Problem  string // the plan's problem, which names it on the Actions screen
	Status   ActionStatus
	// StepID is the step on the plan made from the measure.
	StepID int64
	// Done is whether the plan finished the measure: the step is ticked, or
	// the plan is done.
	Done bool
}

// Completed reports whether a gap measure is done: ticked by the user, or
// finished on an action plan made from it. Reopening the plan undoes the
// second, never the first.
func (m Measure) Completed() bool {
	return m.Done || (m.Plan != nil && m.Plan.Done)
}
