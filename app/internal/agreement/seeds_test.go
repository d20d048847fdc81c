package agreement

import "testing"

// seedCount is how many worlds a property test builds: full, or a quarter
// of them under -short or the race detector. Under the race detector
// each world takes some ten times as long and, the worlds being built on
// one goroutine, finds no race the quarter does not; `make test` runs the
// package once more without it, at full.
func seedCount(full int) int {
	if testing.Short() || raceDetector {
		return full / 4
	}
	return full
}
