//go:build !linux

package data

import "time"

// processStart is when process pid started; this system does not tell
// without cgo, so ok is false.
func processStart(pid int) (start time.Time, ok bool) {
	return time.Time{}, false
}

// processEnded reports whether process pid has ended but is still listed;
// this system does not tell without cgo, so it is false.
func processEnded(pid int) bool {
	return false
}
