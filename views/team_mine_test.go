package views

import (
	"context"
	"testing"

	"pacer/app"
	"pacer/data"
)

// authoredStore is the store with every check-in and follow-up of the
// goals and plans listed made by the login given, as a team file's are.
type authoredStore struct {
	*data.Store
	checkIns  map[int64]string
	followUps map[int64]string
}

func (s authoredStore) CheckIns(ctx context.Context, goalID int64) ([]app.CheckIn, error) {
	cs, err := s.Store.CheckIns(ctx, goalID)
	for i := range cs {
		cs[i].Author = s.checkIns[goalID]
	}
	return cs, err
}

func (s authoredStore) FollowUps(ctx context.Context, actionID int64) ([]app.FollowUp, error) {
	fs, err := s.Store.FollowUps(ctx, actionID)
	for i := range fs {
		fs[i].Author = s.followUps[actionID]
	}
	return fs, err
}

func (s authoredStore) ReviewByPeriod(ctx context.Context, goalID int64, key string) (*app.Review, error) {
	r, err := s.Store.ReviewByPeriod(ctx, goalID, key)
	if r != nil {
		r.Author = s.checkIns[goalID]
	}
	return r, err
}

// knowNames has the team's logins go by their names, as after a members list.
func knowNames(s teamServer, members ...teamMember) {
	for _, m := range members {
		who := s
		who.User = m.Login
		rememberTeamName(who, m.Name)
	}
}

func TestCheckInsAndFollowUpsShowTheirAuthor(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	g := saveSeedGoal(t, store, "Sales 2023")
	ctx := context.Background()
	if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 5, Confidence: 7, Note: "port strike"}); err != nil {
		t.Fatal(err)
	}
	authored := authoredStore{Store: store, checkIns: map[int64]string{g.ID: "zhang.min"}}
	s := newCheckInsScreen(checkInsDeps{ui, authored})
	s.goalPick.SetSelected(goalLabels(s.goals)[0])
	row := s.newHistoryRow()
	s.updateHistoryRow(0, row)
	if !containsLabel(row, "Zhang Min: port strike") {
		t.Error("the check-in does not say who made it")
	}
	p := app.ActionPlan{Problem: "Low sales", Owner: "Li Wei", Start: app.NewDate(2023, 4, 1), Due: app.NewDate(2023, 6, 30),
		Status: app.ActionInProgress, FollowUp: app.CadenceMonth, GoalIDs: []int64{g.ID}}
	if err := store.CreateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if err := store.AddFollowUp(ctx, &app.FollowUp{ActionID: p.ID, Date: app.NewDate(2023, 5, 2), Note: "two new distributors"}); err != nil {
		t.Fatal(err)
	}
	authored.followUps = map[int64]string{p.ID: "li.wei"}
	log := newFollowUpLog(followUpDeps{ui, authored}, p)
	if !containsLabel(log.content, "2023-05-02  Li Wei: two new distributors") {
		t.Error("the follow-up does not say who wrote it")
	}
	// An unknown login shows as itself; a file of one's own shows no author.
	if got := withAuthor(authored, "wang.fang", "ok"); got != "wang.fang: ok" {
		t.Errorf("unknown login: %q", got)
	}
	if got := withAuthor(authored, "", "ok"); got != "ok" {
		t.Errorf("no author: %q", got)
	}
}

func TestAuthorsAreReadFromTheTeamFile(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	g := saveSeedGoal(t, store, "Sales 2023")
	c := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 5, Confidence: 7, Note: "port strike"}
	if err := store.CreateCheckIn(ctx, &c); err != nil {
		t.Fatal(err)
	}
	p := app.ActionPlan{Problem: "Low sales", Start: app.NewDate(2023, 4, 1), Due: app.NewDate(2023, 6, 30),
		Status: app.ActionInProgress, FollowUp: app.CadenceMonth, GoalIDs: []int64{g.ID}}
	if err := store.CreateActionPlan(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if err := store.AddFollowUp(ctx, &app.FollowUp{ActionID: p.ID, Date: app.NewDate(2023, 5, 2), Note: "two new distributors"}); err != nil {
		t.Fatal(err)
	}
	// As a pull writes a teammate's rows.
	for _, q := range []string{`UPDATE checkins SET author = 'zhang.min'`, `UPDATE followups SET author = 'li.wei'`} {
		if _, err := store.SyncDB().ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s := newCheckInsScreen(checkInsDeps{ui, store})
	s.goalPick.SetSelected(goalLabels(s.goals)[0])
	row := s.newHistoryRow()
	s.updateHistoryRow(0, row)
	if !containsLabel(row, "zhang.min: port strike") {
		t.Error("the check-in's author is not shown")
	}
	log := newFollowUpLog(followUpDeps{ui, store}, p)
	if !containsLabel(log.content, "2023-05-02  li.wei: two new distributors") {
		t.Error("the follow-up's author is not shown")
	}
}
