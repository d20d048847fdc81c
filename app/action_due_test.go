package app

import (
	"testing"
	"time"
)

func TestFollowUpDue(t *testing.T) {
	action := func(status ActionStatus, cadence Cadence, start string) ActionPlan {
		return ActionPlan{ID: 7, Status: status, FollowUp: cadence, Start: Day(t, start)}
	}
	note := func(id int64, date string) FollowUp { return FollowUp{ActionID: id, Date: Day(t, date)} }
	tests := []struct {
		name     string
		a        ActionPlan
		notes    []FollowUp
		today    string
		wantDue  bool
		wantNext string
	}{
		{"a month after the start: not yet", action(ActionInProgress, CadenceMonth, "2023-04-15"), nil, "2023-05-14", false, "2023-05-15"},
		{"a month after the start: due that day", action(ActionInProgress, CadenceMonth, "2023-04-15"), nil, "2023-05-15", true, "2023-05-15"},
		{"a note moves the next one", action(ActionInProgress, CadenceMonth, "2023-04-15"),
			[]FollowUp{note(7, "2023-05-20"), note(7, "2023-05-01")}, "2023-06-19", false, "2023-06-20"},
		{"overdue note still due", action(ActionInProgress, CadenceMonth, "2023-04-15"),
			[]FollowUp{note(7, "2023-05-15")}, "2023-08-01", true, "2023-06-15"},
		{"notes of other actions are ignored", action(ActionInProgress, CadenceMonth, "2023-04-15"),
			[]FollowUp{note(8, "2023-05-14")}, "2023-05-15", true, "2023-05-15"},
		{"a note before the start does not count", action(ActionPlanned, CadenceMonth, "2023-04-15"),
			[]FollowUp{note(7, "2023-03-01")}, "2023-05-15", true, "2023-05-15"},
		{"month end clamps", action(ActionPlanned, CadenceMonth, "2023-01-31"), nil, "2023-02-28", true, "2023-02-28"},
		{"weekly", action(ActionInProgress, CadenceWeek, "2023-04-15"), nil, "2023-04-21", false, "2023-04-22"},
		{"quarterly", action(ActionInProgress, CadenceQuarter, "2023-04-15"), nil, "2023-07-15", true, "2023-07-15"},
		{"no cadence is monthly", action(ActionInProgress, "", "2023-04-15"), nil, "2023-05-15", true, "2023-05-15"},
		{"done is never due", action(ActionDone, CadenceMonth, "2023-04-15"), nil, "2024-01-01", false, ""},
		{"dropped is never due", action(ActionDropped, CadenceMonth, "2023-04-15"), nil, "2024-01-01", false, ""},
		{"no start counts from creation", ActionPlan{Status: ActionPlanned, FollowUp: CadenceMonth,
			CreatedAt: time.Date(2023, 4, 20, 9, 30, 0, 0, time.UTC)}, nil, "2023-05-20", true, "2023-05-20"},
		{"no date at all", ActionPlan{Status: ActionPlanned}, nil, "2023-05-20", false, ""},
		{"a note dated after today does not hold the follow-up off", action(ActionInProgress, CadenceMonth, "2023-04-15"),
			[]FollowUp{note(7, "2032-05-20")}, "2023-05-15", true, "2023-05-15"},
		{"a note of today counts", action(ActionInProgress, CadenceMonth, "2023-04-15"),
			[]FollowUp{note(7, "2023-05-15")}, "2023-05-15", false, "2023-06-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, next := FollowUpDue(Calendar{}, tt.a, tt.notes, Day(t, tt.today))
			if due != tt.wantDue || next.String() != tt.wantNext {
				t.Errorf("FollowUpDue = %v, %s; want %v, %s", due, next, tt.wantDue, tt.wantNext)
			}
		})
	}
}

func TestActionOverdue(t *testing.T) {
	tests := []struct {
		status ActionStatus
		due    string
		today  string
		want   bool
	}{
		{ActionInProgress, "2023-06-30", "2023-06-30", false},
		{ActionInProgress, "2023-06-30", "2023-07-01", true},
		{ActionPlanned, "2023-06-30", "2023-07-01", true},
		{ActionDone, "2023-06-30", "2023-07-01", false},
		{ActionDropped, "2023-06-30", "2023-07-01", false},
		{ActionInProgress, "", "2023-07-01", false},
	}
	for _, tt := range tests {
		a := ActionPlan{Status: tt.status, Due: Day(t, tt.due)}
		if got := ActionOverdue(a, Day(t, tt.today)); got != tt.want {
			t.Errorf("ActionOverdue(%s due %q, %s) = %v, want %v", tt.status, tt.due, tt.today, got, tt.want)
		}
		// Without measures, a plan is overdue exactly when past its own due date.
		if got := ActionPastDue(a, Day(t, tt.today)); got != tt.want {
			t.Errorf("ActionPastDue(%s due %q, %s) = %v, want %v", tt.status, tt.due, tt.today, got, tt.want)
		}
	}
}

// A plan is late when a measure not done is past its deadline, though the
// plan's own due date is ahead or unset; a done or dropped plan is not.
func TestActionOverdueCountsLateMeasures(t *testing.T) {
	today := Day(t, "2023-07-01")
	measures := []Measure{{Due: Day(t, "2023-06-15")}, {Due: Day(t, "2023-06-20"), Done: true}, {Due: Day(t, "2023-07-01")}}
	tests := []struct {
		status ActionStatus
		due    string
		late   int
		want   bool
	}{
		{ActionInProgress, "2023-12-31", 1, true},
		{ActionPlanned, "", 1, true},
		{ActionDone, "2023-12-31", 0, false},
		{ActionDropped, "", 0, false},
	}
	for _, tt := range tests {
		a := ActionPlan{Status: tt.status, Due: Day(t, tt.due), Measures: measures}
		if got, late := ActionOverdue(a, today), LateMeasures(a, today); got != tt.want || late != tt.late {
			t.Errorf("%s due %q: overdue %v with %d late measures, want %v with %d", tt.status, tt.due, got, late, tt.want, tt.late)
		}
		if ActionPastDue(a, today) {
			t.Errorf("%s due %q: past its own due date on %s, want not: only a measure is late", tt.status, tt.due, today)
		}
	}
}

func TestMeasureOverdue(t *testing.T) {
	tests := []struct {
		done  bool
		due   string
		today string
		want  bool
	}{
		{false, "2023-04-30", "2023-04-30", false},
		{false, "2023-04-30", "2023-05-01", true},
		{true, "2023-04-30", "2023-05-01", false},
		{false, "", "2023-05-01", false},
	}
	for _, tt := range tests {
		m := Measure{Done: tt.done, Due: Day(t, tt.due)}
		if got := MeasureOverdue(m, Day(t, tt.today)); got != tt.want {
			t.Errorf("MeasureOverdue(done %v, due %q, %s) = %v, want %v", tt.done, tt.due, tt.today, got, tt.want)
		}
	}
}
