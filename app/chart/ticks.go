package chart

import (
	"math"
	"strconv"
	"strings"

	"pacer/app"
)

// niceMantissas are the step sizes a value axis may use, times a power of
// ten: people read 0, 2.5, 5, 7.5 or 0, 20, 40 at a glance, but not 0,
// 1.27, 2.54.
var niceMantissas = []float64{1, 2, 2.5, 5}

// niceTicks covers lo..hi with at most maxTicks (at least 2) evenly spaced
// round values: multiples of a step of 1, 2, 2.5 or 5 × 10^k, the smallest
// such step that fits, from the multiple at or below lo to the one at or
// above hi. minStep (0 for none) is the finest step allowed and every step
// must be a whole multiple of it: a count of customers takes steps of 1, so
// never 2.5. A range of zero width is widened by 10 % each way, or to
// 0..max(minStep, 1) at zero. It returns nil when the range is not
// finite.
func niceTicks(lo, hi float64, maxTicks int, minStep float64) []float64 {
	lo, hi = widen(lo, hi, minStep)
	maxTicks = max(maxTicks, 2)
	raw := (hi - lo) / float64(maxTicks-1)
	if !app.IsFinite(raw) || raw <= 0 {
		return nil
	}
	for exp := int(math.Floor(math.Log10(raw))) - 1; exp < 400; exp++ {
		for _, m := range niceMantissas {
			step := app.DropFloatNoise(m * math.Pow10(exp))
			first, last := math.Floor(lo/step), math.Ceil(hi/step)
			if !stepAllowed(step, minStep) || last-first+1 > float64(maxTicks) {
				continue
			}
			ticks := make([]float64, 0, int(last-first)+1)
			for k := first; k <= last; k++ {
				ticks = append(ticks, app.DropFloatNoise(k*step)+0)
			}
			return ticks
		}
	}
	return nil
}

// widen orders lo and hi and gives a range of zero width some room (see
// niceTicks).
func widen(lo, hi, minStep float64) (float64, float64) {
	lo, hi = min(lo, hi), max(lo, hi)
	switch {
	case lo == hi && lo == 0:
		hi = max(minStep, 1)
	case lo == hi:
		d := math.Abs(lo) * 0.1
		lo, hi = lo-d, hi+d
	}
	return lo, hi
}

// stepAllowed reports whether step is no finer than minStep and a whole
// multiple of it.
func stepAllowed(step, minStep float64) bool {
	return minStep <= 0 || (step >= minStep && wholeMultiple(step, minStep))
}

// wholeMultiple reports whether step is an integer multiple of unit.
func wholeMultiple(step, unit float64) bool {
	r := step / unit
	return math.Abs(r-math.Round(r)) < 1e-6
}

// tickDecimals is how many digits after the point the ticks need: those of
// the step, so that 0, 2.5, 5 show as "0.0, 2.5, 5.0" and 0, 10, 20 as
// integers.
func tickDecimals(ticks []float64) int {
	if len(ticks) < 2 {
		return 0
	}
	step := app.DropFloatNoise(ticks[1] - ticks[0])
	_, frac, _ := strings.Cut(strconv.FormatFloat(step, 'f', -1, 64), ".")
	return min(len(frac), app.MaxDecimals)
}

// valueFormatter writes a goal's values on a chart: FormatValue, or with
// wan Chinese magnitudes (FormatWan, 万 and 亿) decorated like FormatValue.
// Percent values never take magnitudes.
type valueFormatter struct {
	unit  app.Unit
	label string
	wan   bool
	// done, for a milestone, writes 1 Done and 0 Not done, and nothing
	// for a value between, which only an axis' tick takes.
	done *app.MilestoneWords
}

func newValueFormatter(g app.Goal, wan bool) valueFormatter {
	return valueFormatter{unit: g.Unit, label: g.UnitLabel, wan: wan && g.Unit != app.UnitPercent}
}

// format writes v with decimals digits after the point; with magnitudes,
// at most decimals digits and none trailing.
func (f valueFormatter) format(v float64, decimals int) string {
	if f.done != nil {
		w, _ := f.done.Value(v)
		return w
	}
	if !f.wan {
		return app.FormatValue(v, decimals, f.unit, f.label)
	}
	num := app.FormatWan(v, decimals)
	if num == app.NotANumber {
		return num
	}
	sign := ""
	if rest, neg := strings.CutPrefix(num, "-"); neg {
		sign, num = "-", rest
	}
	label := strings.TrimSpace(f.label)
	switch f.unit {
	case app.UnitCount:
	case app.UnitCurrency:
		code := strings.ToUpper(label)
		if sym, ok := app.CurrencySymbol(code); ok {
			return sign + sym + num
		}
		if code != "" {
			return sign + code + " " + num
		}
	default:
		if label != "" {
			return sign + num + " " + label
		}
	}
	return sign + num
}

// tickLabels formats ticks for the value axis; magnitudes get enough
// decimals to tell 1.25万 from 1.5万.
func (f valueFormatter) tickLabels(ticks []float64) []string {
	decimals := tickDecimals(ticks)
	if f.wan {
		decimals = app.MaxDecimals
	}
	out := make([]string, len(ticks))
	for i, t := range ticks {
		out[i] = f.format(t, decimals)
	}
	return out
}
