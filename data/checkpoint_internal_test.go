package data

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// TestCloseWaitsForARunningCheckpoint: Close returns only once a timed
// checkpoint under way is done with the connection. It had stopped the
// timer alone, and a connection closed after Close returned would remove
// a -wal file that a store opened meanwhile on the same path owns.
func TestCloseWaitsForARunningCheckpoint(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "pacer.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.ckpt.running.Lock() // a checkpoint under way
	closed := make(chan struct{})
	go func() {
		s.Close()
		close(closed)
	}()
	select {
	case <-closed:
		t.Fatal("Close returned while a checkpoint was running")
	case <-time.After(200 * time.Millisecond):
	}
	s.ckpt.running.Unlock()
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return once the checkpoint was done")
	}
}
