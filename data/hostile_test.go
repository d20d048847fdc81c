package data_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// damagedSource writes a Pacer database with enough goals to span many
// pages, closed and checkpointed, and returns its bytes.
func damagedSource(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "source.db")
	s := mustOpenPath(t, path)
	for i := range 100 {
		g := newGoal()
		g.Title = fmt.Sprintf("Goal %d", i)
		g.Description = strings.Repeat("words ", 80)
		mustCreateGoal(t, s, g)
	}
	mustNotErr(t, s.Close())
	b := fileBytes(t, path)
	if len(b)%4096 != 0 || len(b) < 16*4096 {
		t.Fatalf("source database is %d bytes, want a multiple of 4096 pages and at least 16 pages", len(b))
	}
	return b
}

// TestOpen_Damaged opens files that are damaged in the ways a disk, a
// copy or a sync tool damages them (the other refusals are in
// TestOpen_Refused): each is refused with ENotDatabase and a message the UI
// can show, and is left exactly as it was, with nothing beside it.
func TestOpen_Damaged(t *testing.T) {
	src := damagedSource(t)
	const page = 4096
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 3*page)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	header := append([]byte("SQLite format 3\x00"), make([]byte, 2*page-16)...)

	for _, tc := range []struct {
		name    string
		content []byte
		msg     string
	}{
		{"TruncatedToFirstPage", src[:page], "damaged"},
		{"TruncatedToTwoPages", src[:2*page], "damaged"},
		{"TruncatedToHalf", src[:len(src)/page/2*page], "damaged"},
		{"LastPageMissing", src[:len(src)-page], "damaged"},
		{"CutInsideAPage", src[:len(src)-page/2], "damaged"},
		{"FirstPageZeroed", append(make([]byte, page), src[page:]...), "not a Pacer database"},
		{"HeaderThenZeros", header, "damaged"},
		{"HeaderOnly", []byte("SQLite format 3\x00"), "damaged"},
		{"RandomBytes", random, "not a Pacer database"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "pacer.db")
			mustNotErr(t, os.WriteFile(path, tc.content, 0o600))
			s, err := data.Open(context.Background(), path)
			if err == nil {
				s.Close()
			}
			checkErr(t, err, app.ENotDatabase)
			if !strings.Contains(app.ErrorMessage(err), tc.msg) {
				t.Errorf("message %q does not say %q", app.ErrorMessage(err), tc.msg)
			}
			if !bytes.Equal(fileBytes(t, path), tc.content) {
				t.Fatal("file changed")
			}
			if sib := siblings(t, path); len(sib) != 0 {
				t.Fatalf("files left beside it: %v", sib)
			}
		})
	}
}

// holdWriteLock opens a second connection to the file at path, as another
// Pacer would, and takes the write lock until the returned function runs.
func holdWriteLock(t *testing.T, path string) (release func()) {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", data.DSN(path))
	mustNotErr(t, err)
	conn, err := db.Conn(ctx)
	mustNotErr(t, err)
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatalf("take the write lock: %v", err)
	}
	done := false
	release = func() {
		if done {
			return
		}
		done = true
		_, err := conn.ExecContext(ctx, `ROLLBACK`)
		mustNotErr(t, err)
		mustNotErr(t, conn.Close())
		mustNotErr(t, db.Close())
	}
	t.Cleanup(release)
	return release
}

// TestBusy holds the write lock in another connection for longer than the
// store waits: every kind of write fails with EBusy and its message after
// waiting, reads go on, and the same write succeeds once the lock is free.
func TestBusy(t *testing.T) {
	const wait = 300 * time.Millisecond
	defer data.SetBusyTimeout(wait)()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	g := mustCreateGoal(t, s, newGoal())

	for _, tc := range []struct {
		name  string
		write func() error
	}{
		{"SetSetting", func() error { return s.SetSetting(ctx, "k", "v") }},
		{"CreateGoal", func() error { return s.CreateGoal(ctx, newGoal()) }},
		{"PutCheckIn", func() error {
			return s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: "2026-03", Value: 1})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := holdWriteLock(t, path)
			start := time.Now()
			err := tc.write()
			took := time.Since(start)
			checkErr(t, err, app.EBusy)
			if app.ErrorMessage(err) != "The database is busy in another program. Try again in a moment." {
				t.Errorf("message = %q", app.ErrorMessage(err))
			}
			if took < wait*9/10 {
				t.Errorf("failed after %v, before the busy timeout of %v", took, wait)
			}
			release()
			mustNotErr(t, tc.write())
		})
	}

	t.Run("ReadsAndBackupsGoOn", func(t *testing.T) {
		holdWriteLock(t, path)
		if _, err := s.CheckIns(ctx, g.ID); err != nil {
			t.Fatalf("read while another program writes: %v", err)
		}
		mustNotErr(t, s.Backup(ctx, filepath.Join(t.TempDir(), "copy.db")))
	})

	t.Run("OpenMigrating", func(t *testing.T) {
		// A file that needs migrating cannot be opened while another
		// program writes; it opens once that program is done.
		path := filepath.Join(t.TempDir(), "old.db")
		old, err := data.OpenAt(ctx, path, data.LatestVersion()-1)
		mustNotErr(t, err)
		mustNotErr(t, old.Close())
		release := holdWriteLock(t, path)
		_, err = data.Open(ctx, path)
		checkErr(t, err, app.EBusy)
		release()
		mustOpenPath(t, path)
	})
}

// TestWaitIsReported holds the write lock for longer than WaitNotice and
// then lets go: the write succeeds, and the store says how long it waited.
// A write that did not wait says nothing.
func TestWaitIsReported(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	var waits []time.Duration
	s.SetOnWait(func(d time.Duration) { waits = append(waits, d) })

	mustNotErr(t, s.SetSetting(ctx, "k", "quick"))
	if len(waits) != 0 {
		t.Fatalf("a write that did not wait reported %v", waits)
	}
	release := holdWriteLock(t, path)
	released := make(chan struct{})
	go func() {
		time.Sleep(data.WaitNotice + 300*time.Millisecond)
		release()
		close(released)
	}()
	mustNotErr(t, s.SetSetting(ctx, "k", "after a wait"))
	<-released
	if len(waits) != 1 || waits[0] < data.WaitNotice {
		t.Errorf("waits reported = %v, want one of at least %v", waits, data.WaitNotice)
	}
}

// TestOpen_EmptiedFile opens a database file that a sync tool or a copy
// cut short left at 0 bytes beside its backups. SQLite reads an empty file
// as a new database, and Pacer wrote a new schema into it: the user's
// goals were silently gone, and each day's backup of the empty file
// pushed the good ones out. It is refused as emptied, left at 0 bytes,
// so that the window offers the backup; an empty file without backups of
// goals is still a new database.
func TestOpen_EmptiedFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s := mustOpenPath(t, path)
	mustCreateGoal(t, s, newGoal())
	_, _, err := s.DailyBackup(ctx)
	mustNotErr(t, err)
	mustNotErr(t, s.Close())
	mustNotErr(t, os.Truncate(path, 0))
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(path + suffix)
	}

	s, err = data.Open(ctx, path)
	if err == nil {
		s.Close()
	}
	checkErr(t, err, app.ENotDatabase)
	if !strings.Contains(app.ErrorMessage(err), "is empty") {
		t.Errorf("message %q does not say the file is empty", app.ErrorMessage(err))
	}
	if len(fileBytes(t, path)) != 0 {
		t.Fatal("the emptied file was written to")
	}
	if sib := siblings(t, path); len(sib) != 1 || sib[0] != "backups" {
		t.Errorf("files beside it: %v", sib)
	}

	fresh := filepath.Join(t.TempDir(), "pacer.db")
	mustNotErr(t, os.WriteFile(fresh, nil, 0o600))
	mustOpenPath(t, fresh)
}
