package chart

import (
	"math"

	"pacer/app"
)

// CumulativeSeries are the numbers CumulativeChart draws, one per period
// of the goal's span, for a chart drawn by another program (a native
// PowerPoint chart): NaN where a line has no point. Labels name the
// periods as the chart does. Values are rounded to the goal's decimals,
// as the chart labels them: a running sum of tenths reads 666.6 in the
// workbook behind a native chart, not 666.5999….
type CumulativeSeries struct {
	Labels []string
	// Plan is the plan line (nil for a stay goal, whose plan is its
	// target line); Actual the actual line; Target the target in every
	// period; Projection is NaN but from the last actual to the end, where
	// it runs straight to the projected end value.
	Plan, Actual, Target, Projection []float64
}

// Series works out the lines of CumulativeChart without drawing them. It
// is ErrChart where CumulativeChart is.
func (in CumulativeInput) Series() (CumulativeSeries, error) {
	c, err := in.lineChart()
	if err != nil {
		return CumulativeSeries{}, err
	}
	n := len(c.xLabels)
	s := CumulativeSeries{Labels: c.xLabels}
	for _, l := range c.lines {
		if l.role == rolePlan {
			s.Plan = fillLine(l.points, n, false)
		}
	}
	for _, l := range c.legend {
		switch l.role {
		case roleActual:
			s.Actual = fillLine(l.points, n, false)
		case roleTarget:
			s.Target = fillLine(l.points, n, true)
		case roleProjection:
			s.Projection = fillLine(l.points, n, true)
		}
	}
	if s.Actual == nil {
		s.Actual = fillLine(nil, n, false)
	}
	for _, line := range [][]float64{s.Plan, s.Actual, s.Target, s.Projection} {
		roundLine(line, app.Decimals(in.Goal))
	}
	return s, nil
}

// roundLine rounds each value of line to decimals in place; NaN stays.
func roundLine(line []float64, decimals int) {
	for i, v := range line {
		line[i] = app.RoundValue(v, decimals)
	}
}

// fillLine places points on n periods, NaN elsewhere; straight joins the
// points with straight lines, as the chart draws them.
func fillLine(points []chartPoint, n int, straight bool) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.NaN()
	}
	for i, p := range points {
		if p.x >= 0 && p.x < n {
			out[p.x] = p.v
		}
		if straight && i > 0 {
			a := points[i-1]
			for x := a.x + 1; x < p.x && x < n; x++ {
				out[x] = a.v + (p.v-a.v)*float64(x-a.x)/float64(p.x-a.x)
			}
		}
	}
	return out
}
