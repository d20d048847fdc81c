package data_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// These tests run writers in child processes: the test binary starts
// itself again with -test.run=^TestHelperCrashWriter$ and the environment
// below. A child opens the store, creates a goal, prints "goal <id>", and
// then saves check-ins one by one, printing "committed <period> <value>"
// only after the save returned nil, or "error <period> <code> <message>".
// Whatever a child printed as committed is what Pacer told its user was
// saved; the parent checks that all of it is in the file afterwards.
//
// SIGKILL stops the process, not the machine: the operating system still
// writes out what the child had handed to it. So these tests prove that a
// crash of Pacer loses nothing it acknowledged and never leaves a damaged
// file; surviving a power cut rests on synchronous=FULL, which they cannot
// exercise.
const (
	envHelper     = "PACER_CRASH_HELPER"     // the child's mode: helperKill or helperPair
	envDB         = "PACER_CRASH_DB"         // the database file
	envCount      = "PACER_CRASH_COUNT"      // how many check-ins to save
	envCheckpoint = "PACER_CRASH_CHECKPOINT" // optional wal_autocheckpoint, in pages
	envRounds     = "PACER_CRASH_ROUNDS"     // rounds of TestCrashKillWriter; make test-crash sets 50
	envSeed       = "PACER_CRASH_SEED"       // replays the kill delays of an earlier run
)

// The child modes.
const (
	helperKill = "kill" // save until killed
	helperPair = "pair" // wait for "go" on stdin, save envCount check-ins, exit
)

// childTimeout bounds every wait on a child; the race detector on two busy
// cores makes a start take a second or more.
const childTimeout = 2 * time.Minute

// TestHelperCrashWriter is the child process; see the comment above.
func TestHelperCrashWriter(t *testing.T) {
	mode := os.Getenv(envHelper)
	if mode == "" {
		t.Skip("runs only as the child process of TestCrashKillWriter and TestTwoProcessesWriteOneFile")
	}
	if err := runCrashWriter(mode); err != nil {
		fmt.Printf("fail %v\n", err)
		os.Exit(2)
	}
}

// runCrashWriter is the child's work.
func runCrashWriter(mode string) error {
	ctx := context.Background()
	s, err := data.Open(ctx, os.Getenv(envDB))
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer s.Close()
	if n := os.Getenv(envCheckpoint); n != "" {
		// The store has a single connection, so the pragma holds for
		// every save below.
		if _, err := s.DB().ExecContext(ctx, "PRAGMA wal_autocheckpoint = "+n); err != nil {
			return fmt.Errorf("set wal_autocheckpoint: %w", err)
		}
	}
	count, err := strconv.Atoi(os.Getenv(envCount))
	if err != nil {
		return fmt.Errorf("%s: %w", envCount, err)
	}

	g := weeklyGoal()
	if err := s.CreateGoal(ctx, g); err != nil {
		return fmt.Errorf("create goal: %w", err)
	}
	fmt.Printf("goal %d\n", g.ID)
	if mode == helperPair {
		if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
			return fmt.Errorf("wait for go: %w", err)
		}
	}

	for i := range count {
		c := crashCheckIn(g.ID, i)
		// Alternate the two ways the UI saves a single check-in.
		if i%2 == 0 {
			err = s.CreateCheckIn(ctx, &c)
		} else {
			err = s.PutCheckIn(ctx, &c)
		}
		if err != nil {
			fmt.Printf("error %s %s %s\n", c.PeriodKey, app.ErrorCode(err), strings.ReplaceAll(err.Error(), "\n", " "))
			continue
		}
		fmt.Printf("committed %s %s\n", c.PeriodKey, strconv.FormatFloat(c.Value, 'f', -1, 64))
	}
	fmt.Println("done")
	return nil
}

// crashCheckIn is the i-th check-in a child saves: weekly periods from
// 2000-W01 on, with values, confidences and notes that differ.
func crashCheckIn(goalID int64, i int) app.CheckIn {
	return app.CheckIn{
		GoalID:     goalID,
		PeriodKey:  weekKey(i),
		Value:      float64(i) + 0.25,
		Confidence: i % 11,
		Note:       strings.Repeat("n", i%97),
	}
}

// crashIndex is the i of crashCheckIn's period key.
func crashIndex(t *testing.T, key string) int {
	t.Helper()
	var year, week int
	if _, err := fmt.Sscanf(key, "%04d-W%02d", &year, &week); err != nil {
		t.Fatalf("child reported period %q: %v", key, err)
	}
	return (year-2000)*52 + week - 1
}

// child is a running writer process and what it has printed so far.
type child struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stderr bytes.Buffer
	goal   chan int64    // the goal's ID, once it is committed
	done   chan struct{} // closed when stdout is at its end

	// Owned by the reading goroutine until done is closed.
	goalID    int64
	committed []string // "period value", in the order saved
	errs      []string // "period code message"
	other     []string // anything else: failures, the test framework's lines
}

// startChild starts a writer in mode on the file path.
func startChild(t *testing.T, mode, path string, count int, env ...string) *child {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), childTimeout)
	t.Cleanup(cancel)
	c := &child{goal: make(chan int64, 1), done: make(chan struct{})}
	c.cmd = exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHelperCrashWriter$", "-test.count=1")
	c.cmd.Env = append(os.Environ(),
		envHelper+"="+mode, envDB+"="+path, envCount+"="+strconv.Itoa(count))
	c.cmd.Env = append(c.cmd.Env, env...)
	c.cmd.Stderr = &c.stderr
	stdout, err := c.cmd.StdoutPipe()
	mustNotErr(t, err)
	if c.stdin, err = c.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	mustNotErr(t, c.cmd.Start())
	go c.read(stdout)
	return c
}

// read collects the child's lines until its stdout closes. A line cut off
// by the kill has no newline and is dropped: the child had not finished
// saying it.
func (c *child) read(stdout io.Reader) {
	defer close(c.done)
	r := bufio.NewReader(stdout)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimSuffix(line, "\n")
		kind, rest, _ := strings.Cut(line, " ")
		switch kind {
		case "goal":
			if id, err := strconv.ParseInt(rest, 10, 64); err == nil && c.goalID == 0 {
				c.goalID = id
				c.goal <- id
				continue
			}
		case "committed":
			c.committed = append(c.committed, rest)
			continue
		case "error":
			c.errs = append(c.errs, rest)
			continue
		}
		c.other = append(c.other, line)
	}
}

// wait waits for the child to end; exec says to read all of stdout first.
func (c *child) wait() error {
	<-c.done
	return c.cmd.Wait()
}

// String describes what the child printed besides its saves, for failures.
func (c *child) String() string {
	return fmt.Sprintf("stdout: %q; stderr: %q", c.other, c.stderr.String())
}

// waitGoal waits until the child has committed its goal.
func (c *child) waitGoal(t *testing.T) {
	t.Helper()
	select {
	case <-c.goal:
	case <-c.done:
		t.Fatalf("child ended before creating its goal: %v; %s", c.cmd.Wait(), c)
	case <-time.After(childTimeout):
		t.Fatalf("child did not create its goal in %v; %s", childTimeout, c)
	}
}

// checkIntegrity fails unless SQLite's integrity_check finds nothing.
func checkIntegrity(t *testing.T, s *data.Store) {
	t.Helper()
	rows, err := s.DB().QueryContext(context.Background(), `PRAGMA integrity_check`)
	mustNotErr(t, err)
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		mustNotErr(t, rows.Scan(&line))
		lines = append(lines, line)
	}
	mustNotErr(t, rows.Err())
	if len(lines) != 1 || lines[0] != "ok" {
		t.Fatalf("integrity_check: %q", lines)
	}
}

// checkCommitted fails unless every check-in c reported as committed is in
// s with the value it was saved with. It returns the goal's check-ins.
func checkCommitted(t *testing.T, s *data.Store, c *child) []app.CheckIn {
	t.Helper()
	if _, err := s.GoalByID(context.Background(), c.goalID); err != nil {
		t.Fatalf("goal %d, acknowledged by the child, is lost: %v", c.goalID, err)
	}
	cs, err := s.CheckIns(context.Background(), c.goalID)
	mustNotErr(t, err)
	byKey := make(map[string]app.CheckIn, len(cs))
	for _, x := range cs {
		byKey[x.PeriodKey] = x
	}
	for _, line := range c.committed {
		key, value, _ := strings.Cut(line, " ")
		want := crashCheckIn(c.goalID, crashIndex(t, key))
		if value != strconv.FormatFloat(want.Value, 'f', -1, 64) {
			t.Fatalf("child reported %q, want value %v", line, want.Value)
		}
		got, ok := byKey[want.PeriodKey]
		if !ok {
			t.Errorf("check-in %s was acknowledged but is lost", want.PeriodKey)
			continue
		}
		if got.Value != want.Value || got.Confidence != want.Confidence || got.Note != want.Note {
			t.Errorf("check-in %s = %v/%d/%d-char note, acknowledged %v/%d/%d-char note",
				want.PeriodKey, got.Value, got.Confidence, len(got.Note), want.Value, want.Confidence, len(want.Note))
		}
	}
	return cs
}

// crashRounds is how many times TestCrashKillWriter kills a writer.
func crashRounds(t *testing.T) int {
	s := os.Getenv(envRounds)
	if s == "" {
		return 3
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number", envRounds, s)
	}
	return n
}

// crashSeed is the seed of the kill delays: envSeed if set, else the clock.
func crashSeed(t *testing.T) uint64 {
	s := os.Getenv(envSeed)
	if s == "" {
		return uint64(time.Now().UnixNano())
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", envSeed, s, err)
	}
	return n
}

// TestCrashKillWriter kills a process in the middle of saving check-ins,
// at a random moment, and checks the file it leaves: it opens, SQLite
// finds it intact, and every check-in acknowledged before the kill is
// there, with at most the one save in flight beside them.
//
// Odd rounds checkpoint the WAL every 16 pages, so kills also land inside
// checkpoints; every fourth round counts its delay from the child's start,
// so the kill can land while Open creates and migrates the new file.
func TestCrashKillWriter(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL on Windows: Process.Kill is TerminateProcess")
	}
	rounds, seed := crashRounds(t), crashSeed(t)
	t.Logf("%d rounds, seed %d (%s=%d replays the delays)", rounds, seed, envSeed, seed)
	rng := rand.New(rand.NewPCG(seed, seed))

	start := time.Now()
	var killedAfterCommit, maxCommitted, failed int
	for r := range rounds {
		delay := 20*time.Millisecond + time.Duration(rng.Int64N(int64(281*time.Millisecond)))
		early := r%4 == 2
		var env []string
		if r%2 == 1 {
			env = append(env, envCheckpoint+"=16")
		}
		ok := t.Run(fmt.Sprintf("Round%02d", r), func(t *testing.T) {
			n := crashRound(t, delay, early, env)
			if n > 0 {
				killedAfterCommit++
			}
			maxCommitted = max(maxCommitted, n)
		})
		if !ok {
			failed++
		}
	}
	t.Logf("%d rounds in %v: %d killed after at least one commit, at most %d committed in a round, %d failed",
		rounds, time.Since(start).Round(time.Millisecond), killedAfterCommit, maxCommitted, failed)
}

// crashRound runs one writer, kills it after delay and checks the file.
// It returns how many check-ins the writer had acknowledged.
func crashRound(t *testing.T, delay time.Duration, early bool, env []string) int {
	path := filepath.Join(t.TempDir(), "pacer.db")
	c := startChild(t, helperKill, path, 1_000_000, env...)
	if !early {
		c.waitGoal(t)
	}
	time.Sleep(delay)
	if err := c.cmd.Process.Kill(); err != nil {
		t.Fatalf("kill: %v; %s", err, c)
	}
	err := c.wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != -1 {
		t.Fatalf("child was not killed by the signal: %v; %s", err, c)
	}
	if len(c.errs) > 0 {
		t.Errorf("saves failed: %q", c.errs)
	}
	t.Logf("killed %v after %s: %d committed, checkpoint %v",
		delay, map[bool]string{true: "start", false: "goal"}[early], len(c.committed), env)

	s := mustOpenPath(t, path)
	checkIntegrity(t, s)
	if c.goalID == 0 {
		// Killed before the goal was acknowledged: the file must open
		// (done above) and hold at most that goal.
		goals, err := s.ListGoals(context.Background(), app.GoalFilter{})
		mustNotErr(t, err)
		if len(goals) > 1 {
			t.Fatalf("%d goals, want at most 1", len(goals))
		}
		return 0
	}
	cs := checkCommitted(t, s, c)
	checkTotals(t, s)
	// The save in flight when the kill came may have reached the file
	// without being acknowledged; nothing else may be there.
	n := len(c.committed)
	switch {
	case len(cs) == n:
	case len(cs) == n+1:
		want, got := crashCheckIn(c.goalID, n), cs[n]
		if got.PeriodKey != want.PeriodKey || got.Value != want.Value || got.Note != want.Note {
			t.Errorf("unacknowledged check-in %s %v, want the one in flight, %s %v",
				got.PeriodKey, got.Value, want.PeriodKey, want.Value)
		}
	default:
		t.Errorf("%d check-ins in the file, %d acknowledged: want %d or %d", len(cs), n, n, n+1)
	}
	return n
}

// TestTwoProcessesWriteOneFile runs two Pacers on one new file at once:
// both create it, then save 200 check-ins each, interleaved. busy_timeout
// makes each wait for the other, so every save must succeed; a save that
// fails must say so with an error code, and one acknowledged must be in
// the file.
func TestTwoProcessesWriteOneFile(t *testing.T) {
	const each = 200
	path := filepath.Join(t.TempDir(), "pacer.db")
	start := time.Now()
	children := []*child{
		startChild(t, helperPair, path, each),
		startChild(t, helperPair, path, each),
	}
	for _, c := range children {
		c.waitGoal(t)
	}
	for _, c := range children {
		if _, err := io.WriteString(c.stdin, "go\n"); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range children {
		if err := c.wait(); err != nil {
			t.Fatalf("child %d: %v; %s", i, err, c)
		}
		if len(c.errs) > 0 {
			// A busy error after the timeout is reported, not lost, but
			// with 10 s of patience and short saves it means something
			// holds the lock far too long.
			t.Errorf("child %d reported %d failed saves (period code message), first: %q",
				i, len(c.errs), c.errs[:min(len(c.errs), 3)])
		}
		if len(c.committed)+len(c.errs) != each {
			t.Errorf("child %d: %d committed and %d failed, want %d saves reported; %s",
				i, len(c.committed), len(c.errs), each, c)
		}
	}
	t.Logf("two children saved %d check-ins in %v", 2*each, time.Since(start).Round(time.Millisecond))

	s := mustOpenPath(t, path)
	checkIntegrity(t, s)
	total := 0
	for _, c := range children {
		total += len(checkCommitted(t, s, c))
	}
	if total != 2*each {
		t.Errorf("%d check-ins in the file, want %d", total, 2*each)
	}
}
