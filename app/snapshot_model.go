package app

// Snapshot is every goal matching a filter with its current plan and its
// check-ins and history, read in one transaction with four queries whatever the number
// of goals: what the dashboard and the review need at once.
type Snapshot struct {
	Goals []Goal
	Plans map[int64][]PeriodTarget // current plan by goal ID
	// CheckIns by goal ID, in period order. To keep the dashboard fast on
	// years of weekly check-ins they carry the goal, period, value and
	// confidence only: no ID, note or timestamps.
	CheckIns map[int64][]CheckIn
	// History by goal ID: the actuals of periods before each goal started,
	// for comparisons with the same period last year.
	History map[int64][]HistoryValue
}

// NewSnapshot is an empty snapshot with its maps made.
func NewSnapshot() Snapshot {
	return Snapshot{Plans: map[int64][]PeriodTarget{}, CheckIns: map[int64][]CheckIn{}, History: map[int64][]HistoryValue{}}
}
