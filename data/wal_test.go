package data_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"pacer/data"
)

// TestOpenTogether opens one new file from several stores at once, as two
// Pacers started together would. Each switches the file to WAL; SQLite
// answers one of two switches racing for the file with "database is
// locked" at once, without waiting, so Open must try again rather than fail.
func TestOpenTogether(t *testing.T) {
	ctx := context.Background()
	for round := range 20 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("new%d.db", round))
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := data.Open(ctx, path)
				if err == nil {
					err = s.Close()
				}
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
}

// TestCopyWhileOpenHoldsTheSaves copies the database file alone while the
// store has it open, as a user copies pacer.db to a USB stick or a sync
// folder uploads it with Pacer running, without the -wal beside it. Each
// save goes to the write-ahead log first; a copy taken once the saves
// have paused for a moment must hold them all.
func TestCopyWhileOpenHoldsTheSaves(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pacer.db")
	s := mustOpenPath(t, path)
	restore := data.SetCheckpointAfter(s, 50*time.Millisecond)
	defer restore()
	for range 3 {
		mustCreateGoal(t, s, newGoal())
	}
	copied := filepath.Join(t.TempDir(), "copy.db")
	deadline := time.Now().Add(5 * time.Second)
	for {
		time.Sleep(100 * time.Millisecond)
		mustNotErr(t, os.WriteFile(copied, fileBytes(t, path), 0o600))
		if n := goalCount(t, copied); n == 3 {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("a copy of the file alone holds %d goals of the 3 saved", n)
		}
		mustNotErr(t, os.Remove(copied))
		os.Remove(copied + "-wal")
		os.Remove(copied + "-shm")
	}
}
