package sample

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/app/internal/testkit"
	"pacer/data"
)

func TestSampleActions(t *testing.T) {
	for _, lang := range []string{"en", "zh", "fr"} {
		as := SampleActions(lang)
		notes := sampleFollowUps(lang)
		if len(as) != 3 || len(notes) != 3 {
			t.Fatalf("%s: %d actions, %d notes; want 3 each", lang, len(as), len(notes))
		}
		for i, a := range as {
			if a.Problem == "" || a.Cause == "" || a.Strategy == "" || a.Owner == "" || a.Status != app.ActionInProgress ||
				a.FollowUp != app.CadenceMonth || a.Start.String() != "2023-04-15" || a.Due.String() != "2023-06-30" {
				t.Errorf("%s action %d: %+v", lang, i, a)
			}
			done := 0
			for _, m := range a.Measures {
				if m.Text == "" || m.Owner == "" || m.Due.Before(app.NewDate(2023, 4, 1).Time) || m.Due.After(app.NewDate(2023, 6, 30).Time) {
					t.Errorf("%s action %d: measure %+v lacks text or owner, or is not due in Q2 2023", lang, i, m)
				}
				if m.Done {
					done++
				}
			}
			if len(a.Measures) < 2 || done != 1 {
				t.Errorf("%s action %d: %d measures, %d done; want at least 2, 1 done", lang, i, len(a.Measures), done)
			}
			if notes[i].Date.String() != "2023-05-15" || notes[i].Note == "" {
				t.Errorf("%s note %d: %+v", lang, i, notes[i])
			}
		}
	}
	if en, zh := SampleActions("en")[0].Problem, SampleActions("zh")[0].Problem; en == zh {
		t.Errorf("English and Chinese problems are the same: %q", en)
	}
}

func TestLoadSampleActions(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, t.TempDir()+"/s.db")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := LoadSample(ctx, s, "zh"); err != nil {
		t.Fatalf("LoadSample: %v", err)
	}
	goals, err := s.ListGoals(ctx, app.GoalFilter{})
	if err != nil || len(goals) != 3 {
		t.Fatalf("ListGoals = %d goals, %v", len(goals), err)
	}
	as, err := s.ListActionPlans(ctx, app.ActionFilter{})
	if err != nil || len(as) != 3 {
		t.Fatalf("ListActionPlans = %d plans, %v", len(as), err)
	}
	want := SampleActions("zh")
	for i, a := range as {
		if len(a.GoalIDs) != 1 || a.GoalIDs[0] != goals[i].ID {
			t.Errorf("action %d linked to goals %v, want [%d]", i, a.GoalIDs, goals[i].ID)
		}
		r, err := s.ReviewByPeriod(ctx, goals[i].ID, "2023-Q1")
		if err != nil {
			t.Fatal(err)
		}
		if a.ReviewID == nil || *a.ReviewID != r.ID {
			t.Errorf("action %d linked to review %v, want %d", i, a.ReviewID, r.ID)
		}
		if a.Problem != want[i].Problem || len(a.Measures) != len(want[i].Measures) || !a.Measures[0].Done || a.Measures[1].Done {
			t.Errorf("action %d stored as %+v", i, a)
		}
		if byGoal, err := s.ListActionPlans(ctx, app.ActionFilter{GoalID: goals[i].ID}); err != nil || len(byGoal) != 1 || byGoal[0].ID != a.ID {
			t.Errorf("plans of goal %d: %+v, %v", goals[i].ID, byGoal, err)
		}
		fs, err := s.FollowUps(ctx, a.ID)
		if err != nil || len(fs) != 1 || fs[0].Date.String() != "2023-05-15" || fs[0].Note == "" {
			t.Errorf("follow-ups of action %d: %+v, %v", i, fs, err)
		}
		// On 15 May the note was written: the next is due on 15 June.
		if due, next := app.FollowUpDue(app.Calendar{}, a, fs, testkit.Day(t, "2023-06-15")); !due || next.String() != "2023-06-15" {
			t.Errorf("action %d: FollowUpDue on 15 June = %v, %s", i, due, next)
		}
		// By its own due date the plan is late from 1 July; a measure of
		// it not done and past its deadline makes it late before that.
		byDue := a
		byDue.Measures = nil
		if app.ActionOverdue(byDue, testkit.Day(t, "2023-06-30")) || !app.ActionOverdue(byDue, testkit.Day(t, "2023-07-01")) {
			t.Errorf("action %d: overdue around its due date is wrong", i)
		}
		june30 := testkit.Day(t, "2023-06-30")
		if late := app.LateMeasures(a, june30); app.ActionOverdue(a, june30) != (late > 0) {
			t.Errorf("action %d: overdue on 30 June %v with %d measures late", i, app.ActionOverdue(a, june30), late)
		}
	}
}
