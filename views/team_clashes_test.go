package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

func TestOwnerChoosesBetweenClashingChanges(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	g := saveSeedGoal(t, store, "Sales 2023")
	ctx := context.Background()
	// As a pull records them: Zhang Min's target was kept, ours set aside;
	// and a check-in made on a value since changed.
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := store.SyncDB().ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT INTO sync_ids (tbl, rid, uid) VALUES ('goals', ?, 'g-1')`, g.ID)
	exec(`INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at)
		VALUES ('clash', 'goals', 'g-1', 'target', '60000000', '55000000.5', 'zhang.min', '2026-12-02T06:00:00Z')`)
	exec(`INSERT INTO checkins (goal_id, period_key, value, confidence, created_at, updated_at)
		VALUES (?, '2023-Q1', 8100000, 7, '2023-04-01T00:00:00Z', '2023-04-01T00:00:00Z')`, g.ID)
	exec(`INSERT INTO sync_ids (tbl, rid, uid) SELECT 'checkins', id, 'c-9' FROM checkins WHERE goal_id = ?`, g.ID)
	exec(`INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at)
		VALUES ('flag', 'checkins', 'c-9', 'value', '8000000', '8100000', 'zhang.min', '2026-12-02T06:01:00Z')`)
	c := teamTab(t, ui).linked.clashes
	// The field by its label and the values in the goal's currency, in
	// each language; a value with more decimals than the goal's keeps them.
	clash := "Goal “Sales 2023”, Target: Zhang Min set CN¥60,000,000, which is kept; your CN¥55,000,000.5 is set aside."
	flag := "A check-in: checked in on a value Zhang Min had since changed (it was CN¥8,000,000); the latest, CN¥8,100,000, counts."
	if !c.content.Visible() || !containsLabel(c.list, clash) || !containsLabel(c.list, flag) {
		t.Fatalf("the clash and the flag are not shown in words: %v", labelTexts(c.list))
	}
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	c.reload()
	if !containsLabelPart(c.list, "目标值") || containsLabelPart(c.list, "target") {
		t.Errorf("in Chinese the field is not named 目标值: %v", labelTexts(c.list))
	}
	useLanguage(t, "en")
	c.reload()
	test.Tap(findButton(t, c.list, "Use mine"))
	got, err := store.GoalByID(ctx, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Target != 55000000.5 {
		t.Errorf("target after choosing mine = %v", got.Target)
	}
	if containsLabel(c.list, clash) {
		t.Error("a resolved clash is still listed")
	}
	test.Tap(findButton(t, c.list, "Seen"))
	if c.content.Visible() {
		t.Error("the list stays with nothing to choose")
	}
}

// labelTexts are the texts of the labels in o, for failure messages.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(x fyne.CanvasObject) {
		if l, ok := x.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	})
	return out
}

// containsLabelPart reports a label in o whose text holds part.
func containsLabelPart(o fyne.CanvasObject, part string) bool {
	for _, s := range labelTexts(o) {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// Two owners' gap analyses of one period: the clash names the analysis and
// its fields as the review does (Cause, 原因), the category in words, and
// "Use mine" puts the set-aside cause and category back.
func TestGapAnalysisClashInWords(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	g := saveSeedGoal(t, store, "Sales 2023")
	ctx := context.Background()
	r := app.Review{GoalID: g.ID, PeriodKey: "2023-Q2", CauseCategory: "market_demand", CauseText: "Orders fell"}
	if err := store.SaveReview(ctx, &r); err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := store.SyncDB().ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT OR REPLACE INTO sync_ids (tbl, rid, uid) VALUES ('reviews', ?, 'r-1')`, r.ID)
	exec(`INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at) VALUES
		('clash', 'reviews', 'r-1', 'cause_text', '"Orders fell"', '"Prices rose"', 'zhang.min', '2026-12-02T06:00:00Z'),
		('clash', 'reviews', 'r-1', 'cause_category', '"market_demand"', '"pricing"', 'zhang.min', '2026-12-02T06:00:01Z')`)
	c := teamTab(t, ui).linked.clashes
	text := "Gap analysis: Sales 2023, " + periodKeyName("2023-Q2") + ", Cause: Zhang Min set “Orders fell”, which is kept; your “Prices rose” is set aside."
	category := "Cause category: Zhang Min set “Market demand”, which is kept; your “Pricing” is set aside."
	if !containsLabel(c.list, text) || !containsLabelPart(c.list, category) {
		t.Fatalf("the gap analysis's clashes are not shown in words: %v", labelTexts(c.list))
	}
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	c.reload()
	if !containsLabelPart(c.list, "差距分析") || !containsLabelPart(c.list, "原因：") || !containsLabelPart(c.list, "定价") || containsLabelPart(c.list, "cause_") {
		t.Errorf("in Chinese the analysis and its fields are not named: %v", labelTexts(c.list))
	}
	useLanguage(t, "en")
	c.reload()
	test.Tap(findButton(t, c.list, "Use mine"))
	test.Tap(findButton(t, c.list, "Use mine"))
	got, err := store.ReviewByPeriod(ctx, g.ID, "2023-Q2")
	if err != nil || got.CauseText != "Prices rose" || got.CauseCategory != "pricing" {
		t.Fatalf("after choosing my cause and category: %+v, %v", got, err)
	}
	if c.content.Visible() {
		t.Error("the list stays with nothing to choose")
	}
}
