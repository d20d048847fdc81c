package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/views/widgets"
)

// Settings → Team opened while Pacer still waits for the password follows
// the sync once the password is typed, instead of saying it has none.
func TestTeamTabFollowsThePasswordTypedLater(t *testing.T) {
	ui, _, store := newStoreUI(t)
	f, keys := useFakeTeam(t)
	keys.none = true
	s := teamServer{Host: "db.example.com", Port: 5432, Database: "pacer", User: "li.wei", SSLMode: "prefer"}
	f.linked[store] = s
	f.members = []teamMember{liWei, zhangMin}
	ui.linkTeam()
	ask := ui.win.Canvas().Overlays().Top()
	tab := teamTab(t, ui).linked
	if tab.syncNow.Disabled() == false {
		t.Fatal("before the password, Sync now is offered")
	}
	var pw *widgets.KeyEntry
	walk(ask, func(o fyne.CanvasObject) {
		if e, ok := o.(*widgets.KeyEntry); ok && e.Password {
			pw = e
		}
	})
	if pw == nil {
		t.Fatal("no password field")
	}
	test.Type(pw, "typed-secret")
	test.Tap(findButton(t, ask, "Sync"))
	if tab.syncNow.Disabled() || tab.status.Text == "Not syncing: Pacer has no password for this login on this computer." {
		t.Errorf("the Team tab still says %q after the password was typed", tab.status.Text)
	}
	if len(tab.members.members) != 2 {
		t.Errorf("the Team tab lists %d members after the password was typed, want 2", len(tab.members.members))
	}
}
