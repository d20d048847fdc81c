package app

// DefaultFollowUp is the follow-up cadence of an action plan that names
// none: the source document follows the effect of an adjustment monthly,
// and an action without a cadence must not drop out of follow-up unseen.
const DefaultFollowUp = CadenceMonth

// ActionOpen reports whether an action plan is still to be carried out:
// planned or in progress. Done and dropped plans are closed.
func ActionOpen(s ActionStatus) bool {
	return s == ActionPlanned || s == ActionInProgress
}

// FollowUpDue reports whether an open action plan is due for a follow-up
// note at the end of day today, and from which day next. A follow-up falls
// due one period of a.FollowUp (DefaultFollowUp when unset or unknown)
// after the latest of the last note and the action's start: an action
// started on 15 April and followed up monthly is due from 15 May, and a
// note on 20 May moves the next to 20 June. A month later is the same day
// of the month, or the month's last day ("a month after 31 January" is 28
// February). Without a start or a note the action's creation day counts;
// without any of these, next is the zero Date and due is false. Notes of
// another action (by ActionID, when set), and notes dated after today,
// are ignored. Done and dropped
// plans are never due and have no next.
func FollowUpDue(cal Calendar, a ActionPlan, notes []FollowUp, today Date) (due bool, next Date) {
	if !ActionOpen(a.Status) {
		return false, Date{}
	}
	from := a.Start
	if from.IsZero() && !a.CreatedAt.IsZero() {
		from = DateOfDayNumber(Date{Time: a.CreatedAt}.DayNumber())
	}
	for _, n := range notes {
		if (n.ActionID != 0 && a.ID != 0 && n.ActionID != a.ID) || n.Date.IsZero() || n.Date.DayNumber() > today.DayNumber() {
			continue // a note dated ahead (typed so, or a clock set wrong) is no follow-up yet
		}
		if from.IsZero() || n.Date.DayNumber() > from.DayNumber() {
			from = n.Date
		}
	}
	if from.IsZero() {
		return false, Date{}
	}
	next = cal.after(followUpCadence(a.FollowUp), from)
	return next.DayNumber() <= today.DayNumber(), next
}

// followUpCadence is c when it is a known cadence, else DefaultFollowUp.
func followUpCadence(c Cadence) Cadence {
	if periodsPerYear(c, 2001) == 0 {
		return DefaultFollowUp
	}
	return c
}

// after is the day one period of cadence c after d: a week, or 1, 3, 6 or
// 12 months clamped to the month's end. The fiscal calendar plays no part:
// a follow-up is due a quarter after the last one, not at a quarter's end.
func (cal Calendar) after(c Cadence, d Date) Date {
	switch c {
	case CadenceWeek:
		return DateOfDayNumber(d.DayNumber() + 7)
	case CadenceQuarter:
		return addMonths(d, 3)
	case CadenceHalf:
		return addMonths(d, 6)
	case CadenceYear:
		return addMonths(d, 12)
	}
	return addMonths(d, 1)
}

// ActionOverdue reports whether an open action plan (ActionOpen) is late:
// its due date, or that of a measure not done, is before today (the due
// day itself is not late yet). The dashboard's count and the actions
// list's Overdue chip both read it, so they count the same plans.
func ActionOverdue(a ActionPlan, today Date) bool {
	if !ActionOpen(a.Status) {
		return false
	}
	return ActionPastDue(a, today) || LateMeasures(a, today) > 0
}

// ActionPastDue reports whether an open action plan's own due date is
// before today, whatever its measures: the actions list tells such a plan
// "Overdue" from one with only a measure late.
func ActionPastDue(a ActionPlan, today Date) bool {
	return ActionOpen(a.Status) && late(a.Due, today)
}

// LateMeasures is the number of an open plan's measures not done whose
// due date is before today; 0 for a done or dropped plan.
func LateMeasures(a ActionPlan, today Date) int {
	if !ActionOpen(a.Status) {
		return 0
	}
	n := 0
	for _, m := range a.Measures {
		if MeasureOverdue(m, today) {
			n++
		}
	}
	return n
}

// MeasureOverdue reports whether a measure is not done and its due date is
// before today. It does not know the measure's action plan: the caller
// skips the measures of a done or dropped plan, which nobody will tick.
func MeasureOverdue(m Measure, today Date) bool {
	return !m.Done && late(m.Due, today)
}

// late reports whether due is set and before today, by calendar day.
func late(due, today Date) bool {
	return !due.IsZero() && due.DayNumber() < today.DayNumber()
}
