package data_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"text/template"
	"time"

	"pacer/app"
	"pacer/data"
)

// testNow is the clock of stores made by mustOpen.
var testNow = time.Date(2026, time.March, 4, 5, 6, 7, 0, time.UTC)

// mustOpen opens a new store in a temporary folder, closed when the test ends.
func mustOpen(tb testing.TB) *data.Store {
	tb.Helper()
	return mustOpenPath(tb, filepath.Join(tb.TempDir(), "pacer.db"))
}

// mustOpenPath opens the store at path, closed when the test ends.
func mustOpenPath(tb testing.TB, path string) *data.Store {
	tb.Helper()
	s, err := data.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	s.Now = func() time.Time { return testNow }
	tb.Cleanup(func() { s.Close() })
	return s
}

// checkErr fails unless err has the given code and a message from
// data.Messages whose template renders with the error's arguments.
func checkErr(tb testing.TB, err error, code string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("error = nil, want code %s", code)
	}
	if got := app.ErrorCode(err); got != code {
		tb.Fatalf("code = %s, want %s (error: %v)", got, code, err)
	}
	msg := app.ErrorMessage(err)
	if !slices.Contains(data.Messages, msg) {
		tb.Fatalf("message %q is not in data.Messages", msg)
	}
	t, perr := template.New("").Option("missingkey=error").Parse(msg)
	if perr != nil {
		tb.Fatalf("message %q: %v", msg, perr)
	}
	if perr := t.Execute(new(strings.Builder), app.ErrorArgs(err)); perr != nil {
		tb.Fatalf("message %q with args %v: %v", msg, app.ErrorArgs(err), perr)
	}
}

func mustNotErr(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

func fileBytes(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	mustNotErr(tb, err)
	return b
}

// siblings lists the files in path's folder other than path itself.
func siblings(tb testing.TB, path string) []string {
	tb.Helper()
	entries, err := os.ReadDir(filepath.Dir(path))
	mustNotErr(tb, err)
	var out []string
	for _, e := range entries {
		if e.Name() != filepath.Base(path) {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestOpen(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "new", "folders", "pacer.db")
		s := mustOpenPath(t, path)
		if s.Path() != path {
			t.Fatalf("Path() = %q, want %q", s.Path(), path)
		}
		if _, err := os.Stat(path); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("RelativePathMadeAbsolute", func(t *testing.T) {
		t.Chdir(t.TempDir())
		s := mustOpenPath(t, "rel.db")
		if !filepath.IsAbs(s.Path()) || filepath.Base(s.Path()) != "rel.db" {
			t.Fatalf("Path() = %q", s.Path())
		}
	})

	t.Run("Pragmas", func(t *testing.T) {
		s := mustOpen(t)
		for pragma, want := range map[string]string{
			"foreign_keys": "1", "busy_timeout": "10000", "synchronous": "2", "journal_mode": "wal",
		} {
			var got string
			mustNotErr(t, s.DB().QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got))
			if got != want {
				t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
			}
		}
		var appID int64
		mustNotErr(t, s.DB().QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID))
		if appID != 0x50414352 {
			t.Errorf("application_id = %#x", appID)
		}
	})

}

func TestOpen_Paths(t *testing.T) {
	ctx := context.Background()

	t.Run("PathsThatNeedEscaping", func(t *testing.T) {
		for _, name := range []string{"a b", "hash#tag", "what?now", "100%25 sure", "目标 数据", "semi;colon&amp=x", `back\slash`} {
			t.Run(name, func(t *testing.T) {
				dir := filepath.Join(t.TempDir(), name)
				path := filepath.Join(dir, name+".db")
				s := mustOpenPath(t, path)
				mustNotErr(t, s.SetSetting(ctx, "k", "v"))
				mustNotErr(t, s.Close())
				if _, err := os.Stat(path); err != nil {
					t.Fatalf("database not at %q: %v", path, err)
				}
				entries, _ := os.ReadDir(filepath.Dir(dir))
				if len(entries) != 1 {
					t.Fatalf("stray files beside the folder: %v", entries)
				}
				s2 := mustOpenPath(t, path)
				if v, err := s2.Setting(ctx, "k", ""); err != nil || v != "v" {
					t.Fatalf("Setting = %q, %v", v, err)
				}
			})
		}
	})

	t.Run("DSN", func(t *testing.T) {
		got := data.DSN("/tmp/a b#c?d/目.db")
		want := "file:///tmp/a%20b%23c%3Fd/%E7%9B%AE.db?"
		if !strings.HasPrefix(got, want) {
			t.Fatalf("DSN = %q, want prefix %q", got, want)
		}
		if got := data.DSN(`C:\Users\Ann\pacer.db`); runtime.GOOS == "windows" &&
			!strings.HasPrefix(got, "file:///C:/Users/Ann/pacer.db?") {
			t.Fatalf("DSN = %q", got)
		}
	})

}

func TestOpen_Reopen(t *testing.T) {
	ctx := context.Background()

	t.Run("Idempotent", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pacer.db")
		s := mustOpenPath(t, path)
		g := mustCreateGoal(t, s, newGoal())
		mustNotErr(t, s.Close())
		for range 2 {
			s = mustOpenPath(t, path)
			if _, err := s.GoalByID(ctx, g.ID); err != nil {
				t.Fatal(err)
			}
			var n int
			mustNotErr(t, s.DB().QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n))
			if n != data.LatestVersion() {
				t.Fatalf("%d migrations recorded, want %d", n, data.LatestVersion())
			}
			mustNotErr(t, s.Close())
		}
		if sib := siblings(t, path); len(sib) != 0 {
			t.Fatalf("reopening wrote %v beside the file", sib)
		}
	})

	t.Run("MigrationRecorded", func(t *testing.T) {
		s := mustOpen(t)
		var version int
		var name, at string
		mustNotErr(t, s.DB().QueryRow(`SELECT version, name, applied_at FROM schema_migrations WHERE version = 1`).
			Scan(&version, &name, &at))
		if name != "0001_initial.sql" {
			t.Fatalf("name = %q", name)
		}
		if _, err := time.Parse(time.RFC3339, at); err != nil || !strings.HasSuffix(at, "Z") {
			t.Fatalf("applied_at = %q: %v", at, err)
		}
	})

	t.Run("EmptyFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		mustNotErr(t, os.WriteFile(path, nil, 0o600))
		s := mustOpenPath(t, path)
		mustCreateGoal(t, s, newGoal())
	})

}

func TestOpen_Refused(t *testing.T) {
	ctx := context.Background()

	t.Run("ErrNotDatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "notes.db")
		content := []byte("my shopping list\nmilk\n")
		mustNotErr(t, os.WriteFile(path, content, 0o600))
		_, err := data.Open(ctx, path)
		checkErr(t, err, app.ENotDatabase)
		if !bytes.Equal(fileBytes(t, path), content) {
			t.Fatal("file changed")
		}
		if sib := siblings(t, path); len(sib) != 0 {
			t.Fatalf("files written beside it: %v", sib)
		}
	})

	t.Run("ErrNotDatabaseFolder", func(t *testing.T) {
		_, err := data.Open(ctx, t.TempDir())
		checkErr(t, err, app.ENotDatabase)
	})

	t.Run("ErrOtherProgramsDatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		db, err := sql.Open("sqlite", path)
		mustNotErr(t, err)
		_, err = db.Exec(`CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Ann')`)
		mustNotErr(t, err)
		mustNotErr(t, db.Close())
		before := fileBytes(t, path)
		_, err = data.Open(ctx, path)
		checkErr(t, err, app.ENotDatabase)
		if !bytes.Equal(fileBytes(t, path), before) {
			t.Fatal("file changed")
		}
	})

	t.Run("ErrDamagedRandomBytes", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "random.db")
		junk := make([]byte, 8192)
		_, _ = rand.Read(junk)
		copy(junk, "SQLite format 3\x00")
		mustNotErr(t, os.WriteFile(path, junk, 0o600))
		_, err := data.Open(ctx, path)
		checkErr(t, err, app.ENotDatabase)
		if !bytes.Equal(fileBytes(t, path), junk) {
			t.Fatal("file changed")
		}
	})

	t.Run("ErrDamagedTruncated", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pacer.db")
		s := mustOpenPath(t, path)
		for i := range 200 {
			g := newGoal()
			g.Title = fmt.Sprintf("Goal %d with a long description", i)
			g.Description = strings.Repeat("words ", 100)
			mustCreateGoal(t, s, g)
		}
		mustNotErr(t, s.Close())
		b := fileBytes(t, path)
		cut := b[:len(b)/2]
		mustNotErr(t, os.WriteFile(path, cut, 0o600))
		_, err := data.Open(ctx, path)
		checkErr(t, err, app.ENotDatabase)
		if !bytes.Equal(fileBytes(t, path), cut) {
			t.Fatal("file changed")
		}
	})

	t.Run("ErrNewerSchema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "pacer.db")
		s := mustOpenPath(t, path)
		mustCreateGoal(t, s, newGoal())
		_, err := s.DB().Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_future.sql', '2030-01-01T00:00:00Z')`)
		mustNotErr(t, err)
		mustNotErr(t, s.Close())
		before := fileBytes(t, path)

		_, err = data.Open(ctx, path)
		checkErr(t, err, app.ENewerSchema)
		want := fmt.Sprintf("This database was written by a newer Pacer (schema 99, this version knows %d).", data.LatestVersion())
		if err.Error() != want {
			t.Fatalf("Error() = %q, want %q", err.Error(), want)
		}
		if !bytes.Equal(fileBytes(t, path), before) {
			t.Fatal("file changed")
		}
		if sib := siblings(t, path); len(sib) != 0 {
			t.Fatalf("files left beside it: %v", sib)
		}
	})
}

func TestBackup(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := mustOpen(t)
		mustCreateGoal(t, s, newGoal())
		dest := filepath.Join(t.TempDir(), "copy.db")
		mustNotErr(t, s.Backup(ctx, dest))
		c := mustOpenPath(t, dest)
		if gs, err := c.ListGoals(ctx, app.GoalFilter{}); err != nil || len(gs) != 1 {
			t.Fatalf("copy has %d goals, %v", len(gs), err)
		}
	})
	t.Run("ErrExists", func(t *testing.T) {
		s := mustOpen(t)
		dest := filepath.Join(t.TempDir(), "copy.db")
		mustNotErr(t, os.WriteFile(dest, []byte("mine"), 0o600))
		checkErr(t, s.Backup(ctx, dest), app.EConflict)
		if string(fileBytes(t, dest)) != "mine" {
			t.Fatal("overwritten")
		}
	})
}

func TestErrors(t *testing.T) {
	if app.ErrorCode(nil) != "" || app.ErrorMessage(nil) != "" {
		t.Fatal("nil error has a code or message")
	}
	plain := errors.New("disk on fire")
	if app.ErrorCode(plain) != app.EInternal || app.ErrorMessage(plain) != app.MsgInternal {
		t.Fatal("plain error is not internal")
	}
	e := &app.Error{Code: app.EInvalid, Message: "The value {{.Value}} is wrong.", Args: map[string]any{"Value": 3}}
	wrapped := fmt.Errorf("save: %w", e)
	if app.ErrorCode(wrapped) != app.EInvalid || app.ErrorMessage(wrapped) != e.Message {
		t.Fatal("wrapped Error lost its code or message")
	}
	if got := wrapped.Error(); got != "save: The value 3 is wrong." {
		t.Fatalf("Error() = %q", got)
	}
	for _, m := range data.Messages {
		if _, err := template.New("").Parse(m); err != nil {
			t.Errorf("message %q: %v", m, err)
		}
		if m == "" || !strings.HasSuffix(m, ".") {
			t.Errorf("message %q is not a sentence", m)
		}
	}
}

func TestErrors_ReadOnly(t *testing.T) {
	ctx := context.Background()
	t.Run("WriteRefused", func(t *testing.T) {
		s := mustOpen(t)
		_, err := s.DB().Exec(`PRAGMA query_only = 1`)
		mustNotErr(t, err)
		checkErr(t, s.SetSetting(ctx, "k", "v"), app.EReadOnly)
		if v, err := s.Setting(ctx, "k", "none"); err != nil || v != "none" {
			t.Fatalf("Setting = %q, %v", v, err)
		}
	})
	t.Run("ReadOnlyFile", testReadOnlyFile)
}

func testReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write read-only files")
	}
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "pacer.db")
	s := mustOpenPath(t, path)
	mustNotErr(t, s.Close())
	mustNotErr(t, os.Chmod(path, 0o400))
	mustNotErr(t, os.Chmod(dir, 0o500))
	defer os.Chmod(dir, 0o700)
	_, err := data.Open(ctx, path)
	checkErr(t, err, app.EReadOnly)
}

// TestConcurrentWriters runs writers on one store and on a second store of
// the same file (as a second Pacer window would): none may fail with
// "database is locked".
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pacer.db")
	s1 := mustOpenPath(t, path)
	s2 := mustOpenPath(t, path)
	g := mustCreateGoal(t, s1, weeklyGoal())

	const writers, each = 6, 15
	errs := make(chan error, 2*writers*each)
	var wg sync.WaitGroup
	for w := range writers {
		s := s1
		if w%2 == 1 {
			s = s2
		}
		wg.Go(func() {
			for i := range each {
				key := weekKey(w*each + i)
				// Read then write in one transaction: the case a deferred
				// transaction could not upgrade.
				errs <- s.PutCheckIn(ctx, &app.CheckIn{GoalID: g.ID, PeriodKey: key, Value: float64(i)})
				_, err := s.CheckIns(ctx, g.ID)
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	cs, err := s2.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != writers*each {
		t.Fatalf("%d check-ins, want %d", len(cs), writers*each)
	}
}
