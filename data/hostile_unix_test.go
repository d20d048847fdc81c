//go:build linux || darwin

package data_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// These tests run Pacer in a child process that the test cannot run in
// itself: as another user, for whom a folder is read-only (root may write
// anywhere, and CI runs as root), or under a file size limit. The child is
// the test binary again, in TestHelperHostile, and reports each step on a
// line: "<step> ok", or "<step> <code>\t<message>\t<error>"; the fill mode
// also prints "committed <period> <value>" lines like the crash writer.
const (
	envHostile   = "PACER_HOSTILE"    // the child's mode: hostileOpen or hostileFill
	envFileLimit = "PACER_FILE_LIMIT" // RLIMIT_FSIZE of a hostileFill child, in bytes
)

// The child modes.
const (
	hostileOpen = "open" // claim and open the file, write a setting, read it
	hostileFill = "fill" // save check-ins under a file size limit until one fails
)

// TestHelperHostile is the child process; see the comment above.
func TestHelperHostile(t *testing.T) {
	var err error
	switch os.Getenv(envHostile) {
	case hostileOpen:
		err = runOpenChild()
	case hostileFill:
		err = runFillChild()
	default:
		t.Skip("runs only as the child process of TestReadOnlyFolder and TestFileSizeLimit")
	}
	if err != nil {
		fmt.Printf("fail %v\n", err)
		os.Exit(2)
	}
	fmt.Println("done")
}

// report prints how a step went.
func report(step string, err error) {
	if err == nil {
		fmt.Println(step, "ok")
		return
	}
	fmt.Printf("%s %s\t%s\t%s\n", step, app.ErrorCode(err), app.ErrorMessage(err), strings.ReplaceAll(err.Error(), "\n", " "))
}

func runOpenChild() error {
	ctx := context.Background()
	path := os.Getenv(envDB)
	c, _, err := data.ClaimFile(path)
	report("claim", err)
	defer c.Release()
	s, err := data.Open(ctx, path)
	report("open", err)
	if err != nil {
		return nil
	}
	defer s.Close()
	report("write", s.SetSetting(ctx, "k", "v"))
	_, err = s.Setting(ctx, "k", "")
	report("read", err)
	return nil
}

func runFillChild() error {
	// Past the limit the kernel sends SIGXFSZ, which would end the
	// process; ignored, the write fails with EFBIG instead.
	signal.Ignore(syscall.SIGXFSZ)
	limit, err := strconv.ParseUint(os.Getenv(envFileLimit), 10, 64)
	if err != nil {
		return fmt.Errorf("%s: %w", envFileLimit, err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		return fmt.Errorf("get file size limit: %w", err)
	}
	lim.Cur = limit
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		return fmt.Errorf("set file size limit: %w", err)
	}

	ctx := context.Background()
	s, err := data.Open(ctx, os.Getenv(envDB))
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer s.Close()
	if n := os.Getenv(envCheckpoint); n != "" {
		if _, err := s.DB().ExecContext(ctx, "PRAGMA wal_autocheckpoint = "+n); err != nil {
			return fmt.Errorf("set wal_autocheckpoint: %w", err)
		}
	}
	goals, err := s.ListGoals(ctx, app.GoalFilter{})
	if err != nil || len(goals) != 1 {
		return fmt.Errorf("want the parent's goal, got %d goals: %v", len(goals), err)
	}
	fmt.Printf("goal %d\n", goals[0].ID)
	// Save until a save fails, and then twice more: the process must go
	// on, and the saves keep failing cleanly.
	for i, failed := 0, 0; i < 10_000 && failed < 3; i++ {
		c := crashCheckIn(goals[0].ID, i)
		if err := s.CreateCheckIn(ctx, &c); err != nil {
			report("save", err)
			failed++
			continue
		}
		fmt.Printf("committed %s %s\n", c.PeriodKey, strconv.FormatFloat(c.Value, 'f', -1, 64))
	}
	_, err = s.CheckIns(ctx, goals[0].ID)
	report("read", err)
	return nil
}

// hostileRun is what a child printed.
type hostileRun struct {
	steps     map[string][]string // step → its reports: "ok" or "<code>\t<message>\t<error>"
	goalID    int64
	committed []string
	out       string
}

// runHostile runs the child in mode with env, as the user cred when not
// nil, and waits for it to end.
func runHostile(t *testing.T, bin, mode string, cred *syscall.Credential, env ...string) hostileRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), childTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-test.run=^TestHelperHostile$", "-test.count=1")
	cmd.Env = append(append(os.Environ(), envHostile+"="+mode), env...)
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if cred != nil && (errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EACCES)) {
		// No CAP_SETUID, or a temporary folder mounted noexec.
		t.Skipf("cannot start the test binary as uid %d: %v", cred.Uid, err)
	}
	if err != nil {
		t.Fatalf("child: %v; stdout %q; stderr %q", err, out, stderr.String())
	}
	run := hostileRun{steps: map[string][]string{}, out: string(out)}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		step, rest, _ := strings.Cut(sc.Text(), " ")
		switch step {
		case "goal":
			run.goalID, _ = strconv.ParseInt(rest, 10, 64)
		case "committed":
			run.committed = append(run.committed, rest)
		default:
			run.steps[step] = append(run.steps[step], rest)
		}
	}
	if _, ok := run.steps["done"]; !ok {
		t.Fatalf("child did not finish; stdout %q", out)
	}
	return run
}

// checkStep fails unless every report of step has the code want ("ok" for
// success) and, for an error, a message from data.Messages.
func checkStep(t *testing.T, run hostileRun, step, want string) {
	t.Helper()
	reports := run.steps[step]
	if len(reports) == 0 {
		t.Errorf("no %s step; stdout %q", step, run.out)
	}
	for _, r := range reports {
		fields := strings.SplitN(r, "\t", 3)
		if fields[0] != want {
			t.Errorf("%s: %q, want %s", step, r, want)
		} else if want != "ok" && (len(fields) < 2 || !slices.Contains(data.Messages, fields[1])) {
			t.Errorf("%s: message of %q is not in data.Messages", step, r)
		}
	}
}

// copyExecutable copies the test binary into dir, where another user can
// run it: go test builds it in a folder only its owner can enter.
func copyExecutable(t *testing.T, dir string) string {
	t.Helper()
	src, err := os.Open(os.Args[0])
	mustNotErr(t, err)
	defer src.Close()
	bin := filepath.Join(dir, "pacer-data.test")
	dst, err := os.OpenFile(bin, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	mustNotErr(t, err)
	_, err = io.Copy(dst, src)
	mustNotErr(t, err)
	mustNotErr(t, dst.Close())
	return bin
}

// TestReadOnlyFolder opens a database, as a user who may not write it,
// where the file, its folder or both are read-only: Pacer says so with
// EReadOnly, at Open when SQLite cannot even read the file and on the
// first write when it can (a file another program left in rollback mode,
// which SQLite cannot switch to WAL, is read as it is), refuses a file
// that needs migrating without writing a backup of it beside it, and
// leaves the file as it was. The marker of
// ClaimFile cannot be written either, which must not stop the open.
func TestReadOnlyFolder(t *testing.T) {
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		// Root ignores permissions: run the child as nobody.
		cred = &syscall.Credential{Uid: 65534, Gid: 65534}
	}
	base, err := os.MkdirTemp("", "pacer-readonly-")
	mustNotErr(t, err)
	t.Cleanup(func() {
		filepath.WalkDir(base, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				os.Chmod(p, 0o755)
			}
			return nil
		})
		os.RemoveAll(base)
	})
	mustNotErr(t, os.Chmod(base, 0o755))
	bin := copyExecutable(t, base)

	for _, tc := range []struct {
		name               string
		dirMode, fileMode  os.FileMode // fileMode 0: no file yet
		open, write, claim string      // the codes expected
		left               []string    // the files allowed beside the database afterwards
		rollback, old      bool        // the file left in rollback mode by another program; of the schema before
	}{
		{"FolderAndFile", 0o555, 0o444, app.EReadOnly, "", app.EReadOnly, nil, false, false},
		{"Folder", 0o555, 0o666, app.EReadOnly, "", app.EReadOnly, nil, false, false},
		{"NewFileInFolder", 0o555, 0, app.EReadOnly, "", app.EReadOnly, nil, false, false},
		// SQLite reads the file, so Open succeeds; it leaves an empty WAL
		// and its index behind, since it cannot check the WAL back in.
		{"File", 0o777, 0o444, "ok", app.EReadOnly, "ok", []string{"pacer.db-shm", "pacer.db-wal"}, false, false},
		// SQLite cannot switch a read-only file to WAL, but reads it as
		// the rollback file it is, in a read-only folder too.
		{"FileInRollbackMode", 0o777, 0o444, "ok", app.EReadOnly, "ok", nil, true, false},
		{"FolderAndFileInRollbackMode", 0o555, 0o444, "ok", app.EReadOnly, app.EReadOnly, nil, true, false},
		// A file that needs migrating is refused, with no backup of it left.
		{"FileToMigrate", 0o777, 0o444, app.EReadOnly, "", "ok", []string{"pacer.db-shm", "pacer.db-wal"}, false, true},
		{"FileToMigrateInRollbackMode", 0o777, 0o444, app.EReadOnly, "", "ok", nil, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(base, tc.name)
			path := filepath.Join(dir, "pacer.db")
			var before []byte
			if tc.fileMode != 0 {
				s := mustOpenPath(t, path)
				if tc.old {
					mustNotErr(t, s.Close())
					mustNotErr(t, os.Remove(path))
					var err error
					s, err = data.OpenAt(context.Background(), path, data.LatestVersion()-1)
					mustNotErr(t, err)
				}
				mustCreateGoal(t, s, newGoal())
				mustNotErr(t, s.Close())
				if tc.rollback {
					execRaw(t, path, `PRAGMA journal_mode = DELETE`)
				}
				before = fileBytes(t, path)
				mustNotErr(t, os.Chmod(path, tc.fileMode))
			} else {
				mustNotErr(t, os.Mkdir(dir, 0o755))
			}
			mustNotErr(t, os.Chmod(dir, tc.dirMode))

			run := runHostile(t, bin, hostileOpen, cred, envDB+"="+path)
			t.Logf("child: %q", run.out)
			checkStep(t, run, "claim", tc.claim)
			checkStep(t, run, "open", tc.open)
			if tc.old && tc.open == app.EReadOnly && !strings.Contains(strings.Join(run.steps["open"], ""), "must be upgraded") {
				t.Errorf("open: %q does not say the file must be upgraded", run.steps["open"])
			}
			if tc.write != "" {
				checkStep(t, run, "write", tc.write)
				checkStep(t, run, "read", "ok")
			}

			if before == nil {
				if _, err := os.Stat(path); !os.IsNotExist(err) {
					t.Fatalf("a database was created in a read-only folder: %v", err)
				}
			} else if !bytes.Equal(fileBytes(t, path), before) {
				t.Fatal("file changed")
			}
			for _, name := range siblings(t, path) {
				if !slices.Contains(tc.left, name) {
					t.Errorf("%s left beside the database", name)
				}
				if info, err := os.Stat(filepath.Join(dir, name)); err == nil && strings.HasSuffix(name, "-wal") && info.Size() != 0 {
					t.Errorf("%s holds %d bytes: something was written", name, info.Size())
				}
			}
		})
	}
}

// TestFileSizeLimit saves check-ins in a child process whose files may not
// grow past a limit (ulimit -f), until saves fail: they fail with EFull,
// the process goes on and ends normally, and the file it leaves opens,
// passes integrity_check and holds every check-in that was acknowledged
// and none of those that were not. The second round checkpoints every 4
// pages, so the limit also stops checkpoints into the database file.
func TestFileSizeLimit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		slack int64 // the limit beyond the database's size
		env   []string
	}{
		{"WAL", 128 << 10, nil},
		{"Checkpoints", 40 << 10, []string{envCheckpoint + "=4"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			path := filepath.Join(t.TempDir(), "pacer.db")
			s := mustOpenPath(t, path)
			g := mustCreateGoal(t, s, weeklyGoal())
			mustNotErr(t, s.Close())
			info, err := os.Stat(path)
			mustNotErr(t, err)
			limit := info.Size() + tc.slack

			env := append([]string{envDB + "=" + path, envFileLimit + "=" + strconv.FormatInt(limit, 10)}, tc.env...)
			run := runHostile(t, os.Args[0], hostileFill, nil, env...)
			if run.goalID != g.ID {
				t.Fatalf("child saved to goal %d, want %d; stdout %q", run.goalID, g.ID, run.out)
			}
			if len(run.committed) == 0 {
				t.Fatalf("no save succeeded under a limit of %d bytes; stdout %q", limit, run.out)
			}
			checkStep(t, run, "save", app.EFull)
			checkStep(t, run, "read", "ok")
			t.Logf("limit %d bytes: %d saves acknowledged, then %q (%v)",
				limit, len(run.committed), run.steps["save"][0], time.Since(start).Round(time.Millisecond))

			s = mustOpenPath(t, path)
			checkIntegrity(t, s)
			cs := checkCommitted(t, s, &child{goalID: run.goalID, committed: run.committed})
			if len(cs) != len(run.committed) {
				t.Errorf("%d check-ins in the file, %d acknowledged", len(cs), len(run.committed))
			}
		})
	}
}
