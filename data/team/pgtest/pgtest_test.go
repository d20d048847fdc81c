package pgtest

import (
	"context"
	"os"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	code := m.Run()
	StopShared()
	os.Exit(code)
}

// A server starts, answers, survives a pause and a restart.
func TestServerStartsPausesRestarts(t *testing.T) {
	s := Start(t)
	ctx := context.Background()
	ping := func(limit time.Duration) error {
		ctx, cancel := context.WithTimeout(ctx, limit)
		defer cancel()
		c, err := s.Connect(ctx, "postgres")
		if err != nil {
			return err
		}
		defer c.Close(ctx)
		var n int
		return c.QueryRow(ctx, "SELECT 1").Scan(&n)
	}
	if err := ping(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	s.Pause()
	if err := ping(500 * time.Millisecond); err == nil {
		t.Fatal("a paused server answered")
	}
	s.Resume()
	if err := ping(5 * time.Second); err != nil {
		t.Fatalf("after resume: %v", err)
	}
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	if err := ping(5 * time.Second); err != nil {
		t.Fatalf("after restart: %v", err)
	}
}

// Shared hands out a fresh database per call.
func TestSharedDatabases(t *testing.T) {
	s, a := Shared(t)
	_, b := Shared(t)
	if a == b {
		t.Fatalf("same database twice: %s", a)
	}
	c, err := s.Connect(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	c.Close(context.Background())
}
