package app

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// TestSMARTMemoIsCheckSMART checks goals through one memo while each of
// their inputs changes at random, one at a time: every report is the one
// CheckSMART gives, and a goal whose input is as last checked gets the
// report kept for it.
func TestSMARTMemoIsCheckSMART(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 2))
	var m SMARTMemo
	ins := make([]SMARTInput, 12)
	for i := range ins {
		cal := randomCalendar(r)
		g, plan := randomOracleGoal(r, cal)
		g.ID, g.Title = int64(i+1), []string{"Grow sales", "Raise Q3 revenue in Shanghai by 12% in 2026", "销售额"}[r.IntN(3)]
		ins[i] = SMARTInput{Goal: g, Plan: plan, Calendar: cal, Today: NewDate(2024, time.March, 1)}
	}
	reused := 0
	for step := range 3000 {
		i := r.IntN(len(ins))
		before := m.byGoal[ins[i].Goal.ID]
		changed := changeSMARTInput(r, &ins[i])
		got := m.Check(ins[i])
		if want := CheckSMART(ins[i]); !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d, goal %d after a change of its %s: memo %+v, CheckSMART %+v", step, i+1, changed, got, want)
		}
		if changed == "" && len(got.Letters) > 0 && len(before.report.Letters) > 0 {
			if &got.Letters[0] != &before.report.Letters[0] {
				t.Fatalf("step %d: goal %d, checked again unchanged, was not given its kept report", step, i+1)
			}
			reused++
		}
	}
	if reused == 0 {
		t.Error("no report was reused")
	}
}

// changeSMARTInput changes one thing of in, or nothing, and says what.
func changeSMARTInput(r *rand.Rand, in *SMARTInput) string {
	switch r.IntN(10) {
	case 0:
		in.Goal.Target += 1
		return "target"
	case 1:
		b := float64(r.IntN(5))
		in.Goal.Baseline = &b // often the same value at a new address
		return "baseline"
	case 2:
		in.Plan = append([]PeriodTarget(nil), in.Plan...) // the same plan, a new slice
		if len(in.Plan) > 0 && r.IntN(2) == 0 {
			in.Plan[0].Target++
		}
		return "plan"
	case 3:
		in.History = append(append([]PeriodValue(nil), in.History...), PeriodValue{PeriodKey: "2019-01", Value: float64(r.IntN(9))})
		return "history"
	case 4:
		in.Today = DateOfDayNumber(in.Today.DayNumber() + r.IntN(400))
		return "day"
	case 5:
		in.Calendar.FiscalStart = time.Month(1 + r.IntN(12))
		return "calendar"
	case 6:
		in.HasParent = !in.HasParent
		return "parent"
	case 7:
		in.Goal.Title += " in 2027"
		return "title"
	}
	return ""
}

// TestSMARTMemoTellsCalendars checks goals whose report depends on the
// fiscal start (their plans' quarters), under one calendar and then
// another: the memo gives each calendar its own report.
func TestSMARTMemoTellsCalendars(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	var m SMARTMemo
	told := 0
	for i := 0; told < 20 && i < 5000; i++ {
		jan, jul := Calendar{FiscalStart: time.January}, Calendar{FiscalStart: time.July}
		g, plan := randomOracleGoal(r, jan)
		g.ID = int64(i + 1)
		a := SMARTInput{Goal: g, Plan: plan, Calendar: jan, Today: NewDate(2024, time.March, 1)}
		b := a
		b.Calendar = jul
		if reflect.DeepEqual(CheckSMART(a), CheckSMART(b)) {
			continue
		}
		told++
		for _, in := range []SMARTInput{a, b, a} {
			if got, want := m.Check(in), CheckSMART(in); !reflect.DeepEqual(got, want) {
				t.Fatalf("goal %d, fiscal start %s: memo %+v, CheckSMART %+v", g.ID, in.Calendar.FiscalStart, got, want)
			}
		}
	}
	if told == 0 {
		t.Fatal("no goal's report depends on the calendar: the test tells nothing apart")
	}
}
