package views

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
	"pacer/data/team"
)

// setAsideGoal deletes goal g with its check-in of 2023-Q3 as a pull does
// when Zhang Min's check-in had not reached the team, and records the
// flag that sets them aside (server ids g-gone and c-gone).
func setAsideGoal(t *testing.T, store *data.Store, g app.Goal) {
	t.Helper()
	ctx := context.Background()
	ci := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q3", Value: 17_250_000, Confidence: 6, Note: "offline"}
	if err := store.PutCheckIn(ctx, &ci); err != nil {
		t.Fatal(err)
	}
	goal := rowDoc(t, store, `SELECT * FROM goals WHERE id = ?`, g.ID)
	checkin := rowDoc(t, store, `SELECT * FROM checkins WHERE id = ?`, ci.ID)
	checkin["goal_id"], checkin["author"] = "g-gone", "zhang.min"
	mine, _ := json.Marshal([]map[string]any{{"kind": "goals", "uid": "g-gone", "doc": goal},
		{"kind": "checkins", "uid": "c-gone", "doc": checkin, "unseen": true}})
	if err := store.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := store.SyncDB().Exec(`INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at)
		VALUES ('flag', 'goals', 'g-gone', 'deleted', 'null', ?, 'zhang.min', '2026-12-02T06:00:00Z')`, string(mine)); err != nil {
		t.Fatal(err)
	}
}

// rowDoc is a row as column → value, without its local id.
func rowDoc(t *testing.T, store *data.Store, query string, id int64) map[string]any {
	t.Helper()
	rows, err := store.SyncDB().Query(query, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	if !rows.Next() {
		t.Fatalf("no row for %s", query)
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		t.Fatal(err)
	}
	out := map[string]any{}
	for i, c := range cols {
		if c != "id" {
			out[c] = vals[i]
		}
	}
	return out
}

// A goal deleted on the team while Zhang Min's check-in had not reached
// there: the owner reads what was set aside, in each language, and
// Restore brings the goal back with the check-in; a member is told an
// owner can restore it, and may only let it go.
func TestDeletedGoalWorkShownAndRestored(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	setAsideGoal(t, store, saveSeedGoal(t, store, "Sales 2023"))
	c := teamTab(t, ui).linked.clashes
	text := "Goal “Sales 2023” was deleted on the team before Zhang Min's changes to it reached there (Check-ins (1)); they are set aside with it. Restoring brings it back to everyone with them."
	if !c.content.Visible() || !containsLabel(c.list, text) {
		t.Fatalf("the set-aside work is not shown in words: %v", labelTexts(c.list))
	}
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	c.reload()
	if !containsLabelPart(c.list, "数据填报 (1)") || !containsLabelPart(c.list, "暂存一旁") {
		t.Errorf("in Chinese the set-aside work is not said: %v", labelTexts(c.list))
	}
	useLanguage(t, "en")
	c.reload()
	test.Tap(findButton(t, c.list, "Restore"))
	var id int64
	if err := store.SyncDB().QueryRow(`SELECT id FROM goals WHERE title = 'Sales 2023'`).Scan(&id); err != nil {
		t.Fatalf("the goal is not back: %v", err)
	}
	got, err := store.CheckInByPeriod(context.Background(), id, "2023-Q3")
	if err != nil || got.Value != 17_250_000 || got.Note != "offline" {
		t.Fatalf("the restored check-in = %+v, %v", got, err)
	}
	if c.content.Visible() {
		t.Error("the list stays with nothing to choose")
	}
}

// A member sees Zhang Min's set-aside work, told an owner can restore it,
// with no choice, as for the changes others made under a delete of his:
// only an owner lets others' work go. A member could let go of others'
// work, which no owner could then restore. The member lets go of his own
// work set aside.
func TestDeletedGoalWorkMemberLetsGo(t *testing.T) {
	me := teamMember{Login: "li.wei", Name: "Li Wei", Role: roleMember}
	ui, f, _ := linkedUI(t, me, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], me, zhangMin)
	setAsideGoal(t, store, saveSeedGoal(t, store, "Sales 2023"))
	c := teamTab(t, ui).linked.clashes
	text := "Goal “Sales 2023” was deleted on the team before Zhang Min's changes to it reached there (Check-ins (1)); they are set aside with it, and an owner can restore it."
	if !containsLabel(c.list, text) || hasButton(c.list, "Restore") || hasButton(c.list, "Let it go") {
		t.Fatalf("a member is not told an owner restores, or is offered a choice on another's work: %v", labelTexts(c.list))
	}
	// Li Wei's own delete that set aside others' changes: theirs, not his.
	if _, err := store.SyncDB().Exec(`UPDATE team_clashes SET author = 'li.wei', field = 'deleted_over'`); err != nil {
		t.Fatal(err)
	}
	c.reload()
	if hasButton(c.list, "Let it go") {
		t.Fatalf("a member may let go of the changes others made under his delete: %v", labelTexts(c.list))
	}
	if _, err := store.SyncDB().Exec(`UPDATE team_clashes SET field = 'deleted'`); err != nil {
		t.Fatal(err)
	}
	c.reload()
	if hasButton(c.list, "Restore") {
		t.Fatal("a member is offered to restore")
	}
	test.Tap(findButton(t, c.list, "Let it go"))
	var n int
	_ = store.SyncDB().QueryRow(`SELECT count(*) FROM goals WHERE title = 'Sales 2023'`).Scan(&n)
	if c.content.Visible() || n != 0 {
		t.Error("letting go left the flag listed or brought the goal back")
	}
}

// hasButton reports whether a button reading text is in o.
func hasButton(o fyne.CanvasObject, text string) bool {
	found := false
	walk(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = true
		}
	})
	return found
}

// Li Wei deleted a check-in before Zhang Min's edit of it reached him: the
// flag says so, and Restore brings the check-in back with the edit.
func TestDeleteOverAnEditShownAndRestored(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	g := saveSeedGoal(t, store, "Sales 2023")
	ctx := context.Background()
	ci := app.CheckIn{GoalID: g.ID, PeriodKey: "2023-Q3", Value: 20_000_000, Note: "Zhang Min's"}
	if err := store.PutCheckIn(ctx, &ci); err != nil {
		t.Fatal(err)
	}
	doc := rowDoc(t, store, `SELECT * FROM checkins WHERE id = ?`, ci.ID)
	doc["goal_id"] = "g-1"
	mine, _ := json.Marshal([]map[string]any{{"kind": "checkins", "uid": "c-1", "doc": doc, "unseen": true}})
	if err := store.DeleteCheckIn(ctx, ci.ID); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`INSERT OR REPLACE INTO sync_ids (tbl, rid, uid) VALUES ('goals', ?, 'g-1')`,
		`INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at)
		VALUES ('flag', 'checkins', 'c-1', 'deleted_over', 'null', ?, 'li.wei', '2026-12-02T06:00:00Z')`} {
		arg := any(g.ID)
		if strings.Contains(q, "team_clashes") {
			arg = string(mine)
		}
		if _, err := store.SyncDB().Exec(q, arg); err != nil {
			t.Fatal(err)
		}
	}
	c := teamTab(t, ui).linked.clashes
	text := "A check-in was deleted by Li Wei before changes made to it meanwhile reached them (Check-ins (1)); they are set aside with it. Restoring brings it back to everyone with them."
	if !containsLabel(c.list, text) {
		t.Fatalf("the delete over an edit is not shown in words: %v", labelTexts(c.list))
	}
	test.Tap(findButton(t, c.list, "Restore"))
	got, err := store.CheckInByPeriod(ctx, g.ID, "2023-Q3")
	if err != nil || got.Value != 20_000_000 || got.Note != "Zhang Min's" {
		t.Fatalf("the restored check-in = %+v, %v", got, err)
	}
}

// An owner who works offline is still offered an owner's choices: the role
// read with the members when last online is kept on this computer. Offline,
// the members could not be read and the owner was taken for a member, told
// an owner can restore the work and offered nothing.
func TestOfflineOwnerRestores(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin) // online: the members are read
	store := ui.deps.Store
	knowNames(f.linked[store], liWei, zhangMin)
	setAsideGoal(t, store, saveSeedGoal(t, store, "Sales 2023"))
	linked := teamTab(t, ui).linked
	f.err = errors.New("connection refused") // offline from now on
	offline := newTeamMembers(linked.host, linked.server, func() string { return "owner-secret" })
	c := newTeamClashes(linked.host, offline.isOwner, linked.server.User)
	if !hasButton(c.list, "Restore") || !hasButton(c.list, "Let it go") {
		t.Fatalf("offline, the owner is not offered to restore: %v", labelTexts(c.list))
	}
	other := linked.server
	other.User = "zhang.min"
	if m := newTeamMembers(linked.host, other, func() string { return "" }); m.isOwner() {
		t.Error("a member, offline, is taken for an owner")
	}
	other.User = "someone.new"
	if m := newTeamMembers(linked.host, other, func() string { return "" }); m.isOwner() {
		t.Error("a login never read is taken for an owner")
	}
}

// An owner removed from the team is no owner offline either: the server's
// refusal to read the members clears the role kept on this computer.
func TestRemovedOwnerForgotten(t *testing.T) {
	ui, f, _ := linkedUI(t, liWei, zhangMin)
	linked := teamTab(t, ui).linked
	f.err = fmt.Errorf("%w (permission denied for schema pacer)", team.ErrRemoved)
	newTeamMembers(linked.host, linked.server, func() string { return "owner-secret" }) // reads, and is refused
	f.err = errors.New("connection refused")
	if m := newTeamMembers(linked.host, linked.server, func() string { return "owner-secret" }); m.isOwner() {
		t.Error("an owner removed from the team is still taken for one")
	}
}
