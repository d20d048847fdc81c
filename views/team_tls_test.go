package views

import (
	"testing"
	"time"
)

// The Team tab says, under the sslmode, whether the sync's connection is
// encrypted once it has synced.
func TestTeamTabSaysWhetherEncrypted(t *testing.T) {
	ui, _, sy := linkedUI(t, liWei)
	l := teamTab(t, ui).linked
	for _, c := range []struct {
		st   teamStatus
		want string
	}{
		{teamStatus{State: teamOffline}, ""},
		{teamStatus{State: teamSynced, LastSync: time.Now(), Encrypted: true}, "This connection is encrypted (TLS)."},
		{teamStatus{State: teamSynced, LastSync: time.Now()}, "This connection is not encrypted: the server offers no TLS."},
	} {
		sy.say(c.st)
		if l.tls.Text != c.want {
			t.Errorf("%+v: says %q, want %q", c.st, l.tls.Text, c.want)
		}
	}
}
