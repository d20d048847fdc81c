package data

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// TestLateCheckLeavesTheStoreFree checks that the quick check left for
// after the window is up reads on a connection of its own: it completes
// while a transaction holds the store's one connection, where on that
// connection it waited for it (and every screen's read waited for the
// check, seconds on a large file).
func TestLateCheckLeavesTheStoreFree(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, check, err := OpenCheckLater(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tx, err := s.begin(ctx, true) // a screen's save, holding the connection
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := check(ctx); err != nil {
		t.Fatalf("check while the store's connection is held: %v", err)
	}
}
