package app

// GoalFilter selects goals for ListGoals. Empty fields do not filter.
type GoalFilter struct {
	IncludeArchived bool
	Perspective     string
	Owner           string
	Search          string // part of the title, description, owner or rationale, any case
}

// GoalDependents counts what is deleted, or unlinked, with a goal.
type GoalDependents struct {
	CheckIns      int
	History       int // history values
	PlanRevisions int
	Reviews       int
	ActionPlans   int // action plans linked to the goal; they stay, unlinked
	Children      int // sub-goals; they stay, without a parent
}
