package app

// ActionFilter selects action plans for ListActionPlans. Empty fields do
// not filter.
type ActionFilter struct {
	Status string
	Owner  string
	GoalID int64 // only plans linked to this goal
}
