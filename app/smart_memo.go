package app

import (
	"slices"
	"sync"
)

// SMARTMemo keeps the SMART report Check gave each goal last, with what
// the goal was checked from. The goal list checks every goal on each
// refresh; at 2,000 goals of ten years that was 20 ms for each key typed
// in its search (the title's patterns, the plan's periods), while a
// refresh changes a goal or two. A goal is checked again when anything it
// is checked from differs: the goal, its history and actuals compared by value,
// its plan by identity or else by value, the calendar and the day.
//
// The zero value is ready; a memo is safe for use by several goroutines.
// The reports it returns are shared and must not be written. A goal not
// saved yet (ID 0) is checked on every call.
type SMARTMemo struct {
	mu     sync.Mutex
	byGoal map[int64]smartEntry
}

// smartEntry is a goal's report with its input.
type smartEntry struct {
	in     SMARTInput
	report SMARTReport
}

// Check is CheckSMART(in), reusing the report of the last call for the
// same goal when in is the same. A nil memo keeps nothing.
func (m *SMARTMemo) Check(in SMARTInput) SMARTReport {
	if m == nil || in.Goal.ID == 0 {
		return CheckSMART(in)
	}
	m.mu.Lock()
	e, ok := m.byGoal[in.Goal.ID]
	m.mu.Unlock()
	if ok && sameSMARTInput(e.in, in) {
		return e.report
	}
	report := CheckSMART(in)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.byGoal == nil {
		m.byGoal = map[int64]smartEntry{}
	}
	m.byGoal[in.Goal.ID] = smartEntry{in, report}
	return report
}

// sameSMARTInput reports whether a and b check the same.
func sameSMARTInput(a, b SMARTInput) bool {
	return a.Calendar == b.Calendar && a.Today == b.Today && a.HasParent == b.HasParent && a.NoTarget == b.NoTarget &&
		sameGoal(a.Goal, b.Goal) && (samePlan(a.Plan, b.Plan) || slices.EqualFunc(a.Plan, b.Plan, sameTarget)) &&
		slices.Equal(a.History, b.History) && slices.Equal(a.Actuals, b.Actuals)
}

// sameTarget reports whether two period targets are the same, their
// floors compared by value.
func sameTarget(a, b PeriodTarget) bool {
	return a.PeriodKey == b.PeriodKey && a.Target == b.Target && sameFloat(a.Floor, b.Floor)
}
