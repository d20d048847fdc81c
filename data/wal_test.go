package data_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

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
