package chart

import (
	"pacer/app"
)

// GapText writes a gap as the review table shows it: in the goal's unit
// with the gap relative to the comparison after it ("−¥2,000,000
// (−20.0%)"), only in the unit against zero ("+10"), and in percentage
// points alone for a percent goal ("−2.0 pp"), whose relative gap
// ("−20.0%" for 8% against 10%) would read as points. points follows a
// number of points: " pp" when empty.
func GapText(g app.Goal, v app.VarianceResult, points string) string {
	return gapText(g, v, newValueFormatter(g, false), points)
}

// gapText is GapText with the goal's values written by vf, in Chinese
// magnitudes on a chart.
func gapText(g app.Goal, v app.VarianceResult, vf valueFormatter, points string) string {
	if v.PPOK || g.Unit == app.UnitPercent {
		pp := v.PP
		if !v.PPOK {
			pp = v.Abs
		}
		return WithSign(app.FormatValue(pp, app.DeltaDecimals(g), app.UnitCount, "")+PointsUnit(points), pp)
	}
	abs := WithSign(vf.format(v.Abs, g.Decimals), v.Abs)
	if !v.RelOK {
		return abs
	}
	return abs + " (" + WithSign(app.FormatFraction(v.Rel, 1), v.Rel) + ")"
}
