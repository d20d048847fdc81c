package team

import (
	"context"
	"testing"
	"time"

	"pacer/data/team/pgtest"
)

// Where the server offers TLS, Pacer's default sslmode (prefer) uses it,
// and the sync says so; only an explicit "disable" does not.
func TestTLSUsedWhenServerOffersIt(t *testing.T) {
	srv, _ := pgtest.Shared(t) // TLS on changes nothing for the other tests, which disable it
	ctx := context.Background()
	if err := srv.EnableTLS(ctx); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		mode string
		want bool
	}{{"", true}, {"prefer", true}, {"require", true}, {"disable", false}} {
		s := Server{Host: srv.Host, Port: srv.Port, Database: "postgres", User: pgtest.Admin, SSLMode: c.mode}
		conn, err := connect(ctx, s, pgtest.AdminPassword)
		if err != nil {
			t.Fatalf("sslmode %q: %v", c.mode, err)
		}
		var ssl bool
		err = conn.QueryRow(ctx, `SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`).Scan(&ssl)
		if err != nil || ssl != c.want || encrypted(conn) != c.want {
			t.Errorf("sslmode %q: server says ssl %v, Pacer %v, want %v (%v)", c.mode, ssl, encrypted(conn), c.want, err)
		}
		conn.Close(ctx)
	}

	tm := newTeam(t, nil)
	s := tm.boss
	s.SSLMode = "" // as Settings → Team makes it: prefer
	y := start(t, tm.owner, s)
	deadline := time.Now().Add(20 * time.Second)
	for y.Status().State != Synced && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if st := y.Status(); st.State != Synced || !st.Encrypted {
		t.Fatalf("status %+v, want synced over TLS", st)
	}
}
