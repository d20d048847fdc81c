package main

import (
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// cpuTime is the CPU time process pid has used, all its threads, to the
// nanosecond: the process's CPU-time clock (clock_getcpuclockid, whose ID
// Linux makes from the pid). /proc/<pid>/stat counts the same time in
// clock ticks of 10 ms, one tick 0.08× of a bare window's start-up, so
// that a verdict against 1.3× turned on one tick.
func cpuTime(t testing.TB, pid int) time.Duration {
	t.Helper()
	const cpuClockSched, cpuClockProcess = 2, 0 // linux/posix-timers.h
	clock := int32(^pid)<<3 | cpuClockProcess | cpuClockSched
	var ts unix.Timespec
	if err := unix.ClockGettime(clock, &ts); err != nil {
		t.Fatalf("CPU time of process %d: %v", pid, err)
	}
	return time.Duration(ts.Nano())
}
