//go:build !race

package agreement

// raceDetector reports whether the tests were built with -race.
const raceDetector = false
