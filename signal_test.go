package main

import (
	"bytes"
	"os"
	"syscall"
	"testing"
	"time"
)

// TestSignalQuitsThenForces sends the test process SIGTERM: the watch
// calls quit at once and force only after the grace has passed.
func TestSignalQuitsThenForces(t *testing.T) {
	quit, force := make(chan time.Time, 1), make(chan time.Time, 1)
	grace := 300 * time.Millisecond
	watchSignal(grace, func() { quit <- time.Now() }, func() { force <- time.Now() })
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var quitAt, forceAt time.Time
	select {
	case quitAt = <-quit:
	case <-time.After(10 * time.Second):
		t.Fatal("quit was not called on SIGTERM")
	}
	select {
	case forceAt = <-force:
	case <-time.After(10 * time.Second):
		t.Fatal("force was not called after the grace")
	}
	if gap := forceAt.Sub(quitAt); gap < grace {
		t.Errorf("force came %v after quit, before the grace of %v", gap, grace)
	}
}

// TestAllStacksNamesThisTest checks that the stacks logged before a forced
// exit hold every goroutine's, this one's included.
func TestAllStacksNamesThisTest(t *testing.T) {
	stacks := allStacks()
	if !bytes.Contains(stacks, []byte("TestAllStacksNamesThisTest")) || !bytes.Contains(stacks, []byte("goroutine ")) {
		t.Errorf("the stacks do not name this test:\n%s", stacks)
	}
}
