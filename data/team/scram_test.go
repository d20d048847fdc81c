package team

import (
	"context"
	"strings"
	"testing"
)

// A member's password never reaches the server: the owner's statements,
// logged in full, hold only its SCRAM verifier, and the member logs in
// with the password.
func TestPasswordNeverSentToServer(t *testing.T) {
	tm := newTeam(t, nil)
	ctx := context.Background()
	admin, err := tm.srv.Connect(ctx, tm.db)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	for _, q := range []string{
		`ALTER ROLE ` + ident(tm.boss.User) + ` SET log_statement = 'all'`,
		`ALTER ROLE ` + ident(tm.boss.User) + ` SET log_min_messages = 'log'`,
	} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	const secret = "Zh4ng-Min-very-secret"
	m := Member{Login: tm.db + "_zm", Name: "Zhang Min", Role: RoleMember}
	if err := AddMember(ctx, tm.boss, pw, m, secret); err != nil {
		t.Fatal(err)
	}
	s := tm.boss
	s.User = m.Login
	c, err := connect(ctx, s, secret)
	if err != nil {
		t.Fatalf("the member cannot log in: %v", err)
	}
	c.Close(ctx)
	log, err := tm.srv.Log()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log, "CREATE ROLE") {
		t.Fatalf("the owner's statements were not logged, so the test proves nothing:\n%s", log)
	}
	if strings.Contains(log, secret) {
		t.Error("the member's password is in the server's log")
	}
}
