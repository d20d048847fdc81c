package team

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"pacer/data"
)

// An owner's laptop restores a backup taken before it changed a goal's
// target and synced it, then edits the goal's description offline. The
// newer target stays on the server and both laptops, the description is
// merged: before, the restored file pushed its whole old goal as the same
// client and the target went back to the backup's without a clash.
func TestRestoredBackupKeepsWhatWasSyncedSince(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	bob, bobS := tm.member("bob", RoleOwner)
	path := bob.Path()
	bid := goalIDs(t, bob)[0]
	backup := filepath.Join(t.TempDir(), "bob-backup.db")
	if err := bob.CheckedBackup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	g, _ := bob.GoalByID(ctx, bid)
	old := g.Target
	g.Target = old * 2
	if err := bob.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	cycleOnce(t, bob, bobS)
	bob.Close()
	if _, err := data.Restore(ctx, path, backup, time.Now()); err != nil {
		t.Fatal(err)
	}
	restored, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	g, _ = restored.GoalByID(ctx, bid)
	if g.Target != old {
		t.Fatalf("the restored file's target is %v, want the backup's %v", g.Target, old)
	}
	g.Description = "written after the restore, offline"
	if err := restored.UpdateGoal(ctx, g); err != nil {
		t.Fatal(err)
	}
	cycleOnce(t, restored, bobS)
	cycleOnce(t, tm.owner, tm.boss)
	cycleOnce(t, restored, bobS)
	id := localID(t, tm.owner, restored, "goals", bid)
	for name, st := range map[string]*data.Store{"owner": tm.owner, "restored": restored} {
		gid := id
		if st == restored {
			gid = bid
		}
		got, _ := st.GoalByID(ctx, gid)
		if got.Target != old*2 || got.Description != "written after the restore, offline" {
			t.Errorf("%s: target %v, description %q; want the target synced after the backup, %v, and the description merged",
				name, got.Target, got.Description, old*2)
		}
	}
	sameContents(t, "owner and restored laptop", contents(t, tm.owner), contents(t, restored))
}
