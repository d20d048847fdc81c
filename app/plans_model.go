package app

// GoalSetup is everything the goal wizard saves at once: the goal, its plan
// split by period and the history values it is compared with.
type GoalSetup struct {
	Goal     *Goal // created when its ID is 0, else updated
	Plan     []PeriodTarget
	PlanNote string // recorded with a new plan revision
	History  []HistoryValue
	// CadenceChange is the conversion of the goal's check-ins the user
	// agreed to when its cadence changes (see PreviewCadenceChange).
	CadenceChange *CadenceChange
}
