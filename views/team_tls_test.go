package views

import (
	"testing"
	"time"
)

// The Team tab says, under the sslmode, whether the sync's connection is
// encrypted once it has connected; not from a last sync read from the file
// before it has.
func TestTeamTabSaysWhetherEncrypted(t *testing.T) {
	ui, _, sy := linkedUI(t, liWei)
	l := teamTab(t, ui).linked
	for _, c := range []struct {
		st   teamStatus
		want string
	}{
		{teamStatus{State: teamOffline}, ""},
		{teamStatus{State: teamOffline, LastSync: time.Now().Add(-time.Hour)}, ""},
		{teamStatus{State: teamSynced, LastSync: time.Now(), Encrypted: true, Connected: true}, "This connection is encrypted (TLS)."},
		{teamStatus{State: teamSynced, LastSync: time.Now(), Connected: true}, "This connection is not encrypted: the server offers no TLS."},
	} {
		sy.say(c.st)
		if l.tls.Text != c.want {
			t.Errorf("%+v: says %q, want %q", c.st, l.tls.Text, c.want)
		}
	}
}
