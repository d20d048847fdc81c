//go:build !linux

package data

import "time"

// processStart is when process pid started; this system does not tell
// without cgo, so ok is false.
func processStart(pid int) (start time.Time, ok bool) {
	return time.Time{}, false
}
