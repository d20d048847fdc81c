package data

import (
	"sync"
	"time"
)

// debounce runs a job of the store a fixed time after the last save that
// asked for it, one run at a time, and never once the store closes: the
// timed fold (fold.go) and the timed checkpoint (checkpoint.go).
type debounce struct {
	// running is held while the job runs, for stop to wait on: a job
	// still using the connection after Close returned would remove a
	// -wal file that a store opened meanwhile on the same path owns.
	running sync.Mutex
	mu      sync.Mutex
	timer   *time.Timer
	closed  bool
	// after is the wait when not the caller's own; tests change it.
	after time.Duration
}

// soon runs job wait (or after, when set) after this call, unless another
// call comes first or stop does.
func (d *debounce) soon(wait time.Duration, job func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return
	}
	if d.after != 0 {
		wait = d.after
	}
	if d.timer != nil {
		d.timer.Reset(wait)
		return
	}
	d.timer = time.AfterFunc(wait, func() { d.run(job) })
}

// run is the timer's: job, unless the store closed meanwhile.
func (d *debounce) run(job func()) {
	d.running.Lock()
	defer d.running.Unlock()
	d.mu.Lock()
	closed := d.closed
	d.mu.Unlock()
	if !closed {
		job()
	}
}

// again runs the job once more wait from now, unless stop came first: a
// job that could not finish calls it.
func (d *debounce) again(wait time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.closed && d.timer != nil {
		d.timer.Reset(wait)
	}
}

// stop stops the timer for good and waits for a job that is running.
func (d *debounce) stop() {
	d.mu.Lock()
	d.closed = true
	if d.timer != nil {
		d.timer.Stop()
	}
	d.mu.Unlock()
	d.running.Lock() // after a running job, as run takes it
	defer d.running.Unlock()
}

// setAfter sets the wait that replaces the caller's; 0 restores it.
func (d *debounce) setAfter(after time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.after = after
}
