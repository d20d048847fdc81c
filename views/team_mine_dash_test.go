package views

import (
	"context"
	"strings"
	"testing"

	"pacer/app"
)

func TestFeedbackShowsItsAuthor(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	g := saveSeedGoal(t, store, "Sales 2023")
	if err := store.SaveReview(context.Background(), &app.Review{GoalID: g.ID, PeriodKey: "2023-Q1", TeamFeedback: "Distributors report delays"}); err != nil {
		t.Fatal(err)
	}
	e := newGapEditor(gapDeps{ui, authoredStore{Store: store, checkIns: map[int64]string{g.ID: "zhang.min"}}})
	e.load(g, "2023-Q1")
	if want := "Gap analysis: Sales 2023, " + periodKeyName("2023-Q1") + " · written by Zhang Min"; e.heading.Text != want {
		t.Errorf("heading %q, want %q", e.heading.Text, want)
	}
	e = newGapEditor(depsOf[gapStore](ui))
	e.load(g, "2023-Q1")
	if strings.Contains(e.heading.Text, "written by") {
		t.Errorf("a review without author names one: %q", e.heading.Text)
	}
}

func TestDashboardFiltersMine(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	ctx := context.Background()
	goal := func(title, owner string) app.Goal {
		g := saveSeedGoal(t, store, title)
		g.Owner = owner
		if err := store.UpdateGoal(ctx, &g); err != nil {
			t.Fatal(err)
		}
		return g
	}
	goal("Mine by name", "Li Wei")
	goal("Mine by login", "li.wei")
	theirs := goal("Theirs", "Zhang Min")
	checked := goal("Theirs, checked in by me", "Zhang Min")
	for _, g := range []app.Goal{theirs, checked} {
		if err := store.CreateCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q1", Value: 5, Confidence: 7}); err != nil {
			t.Fatal(err)
		}
	}
	authored := authoredStore{Store: store, checkIns: map[int64]string{checked.ID: "li.wei", theirs.ID: "zhang.min"}}
	d := newDashboardScreen(dashboardDeps{screenDeps[dashboardStore]{ui, authored}, nil})
	if d.owner.Options[1] != "Mine" {
		t.Fatalf("owner choices %v", d.owner.Options)
	}
	d.owner.SetSelected("Mine")
	var shown []string
	for _, p := range d.shown {
		shown = append(shown, p.Goal.Title)
	}
	if len(shown) != 3 || containsString(shown, "Theirs") {
		t.Errorf("Mine shows %v", shown)
	}
	d.refresh()
	if d.owner.Selected != "Mine" || len(d.shown) != 3 {
		t.Error("a refresh dropped the Mine filter")
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestOwnFileHasNoMineFilter(t *testing.T) {
	ui, _, store := newStoreUI(t)
	useFakeTeam(t)
	saveSeedGoal(t, store, "Sales 2023")
	d := newDashboardScreen(ui.dashboardDeps())
	if containsString(d.owner.Options, "Mine") {
		t.Error("a file of one's own offers Mine")
	}
}
