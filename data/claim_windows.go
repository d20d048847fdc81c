package data

import "os"

// processRunning reports whether a process with the ID pid exists: on
// Windows, FindProcess opens it and fails when there is none.
func processRunning(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
