package app

import (
	"strconv"
)

// DropFloatNoise drops binary noise beyond 12 significant digits, so that
// 3 × 0.1 is 0.3 and labels show what the step says.
func DropFloatNoise(v float64) float64 {
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return c
}
