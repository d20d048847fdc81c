package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
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
	exec(`INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at)
		VALUES ('flag', 'checkins', 'c-9', 'value', '8000000', '8100000', 'zhang.min', '2026-12-02T06:01:00Z')`)
	c := teamTab(t, ui).linked.clashes
	clash := "Goal “Sales 2023”, target: Zhang Min set 60000000, which is kept; your 55000000.5 is set aside."
	flag := "A check-in: checked in on a value Zhang Min had since changed (it was 8000000); the latest, 8100000, counts."
	if !c.content.Visible() || !containsLabel(c.list, clash) || !containsLabel(c.list, flag) {
		t.Fatal("the clash and the flag are not shown in words")
	}
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
