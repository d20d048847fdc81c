//go:build !linux

package main

import (
	"testing"
	"time"
)

// cpuTime is the CPU time process pid has used; the window benchmark
// measures it on Linux only, where it runs under Xvfb.
func cpuTime(t testing.TB, pid int) time.Duration {
	t.Helper()
	t.Fatal("the window benchmark runs on Linux only")
	return 0
}
