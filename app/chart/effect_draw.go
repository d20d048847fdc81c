package chart

import (
	"fmt"
	"math"
	"pacer/app"
	"slices"
	"strings"
)

// drawEffect lays out the effect chart like drawColumns: title and legend,
// a row for the start marker's label, then the plot with the value axis
// on the left and the periods below. Lengths are multiples of em.
func (p *painter) drawEffect(in EffectInput) error {
	lo, hi, err := in.effectValues()
	if err != nil {
		return err
	}
	g := in.Goal
	vf := newValueFormatter(g, in.Wan)
	em := p.em
	pad := 0.9 * em
	actualInk := lineStyles[roleActual].color
	top := p.drawHeader(in.Title, []swatch{{in.PlanLabel, inkPlanGhost}, {in.ActualLabel, actualInk}}, pad) + 0.6*em
	size := tickSize * em
	ascent, descent := p.metrics(size)
	nAscent, nDescent := p.metrics(noteSize * em)
	marker := in.StartIndex >= 0 && in.StartIndex < len(in.Periods)
	markerTop := top
	if marker && strings.TrimSpace(in.MarkerLabel) != "" {
		top += nAscent + nDescent + 0.4*em
	}
	f := frame{n: len(in.Periods), top: top + nAscent + nDescent + 0.5*em, bottom: p.h - pad - ascent - descent - 0.6*em}
	ticks := niceTicks(lo, hi, min(max(int((f.bottom-f.top)/(2.6*size))+1, 3), 8), math.Pow10(-max(0, min(g.Decimals, app.MaxDecimals))))
	if len(ticks) < 2 {
		return fmt.Errorf("values cannot be scaled: %w", ErrChart)
	}
	f.lo, f.hi = ticks[0], ticks[len(ticks)-1]
	labels := trueMinus(vf.tickLabels(ticks))
	if err := p.fitPlot(&f, labels, pad, size); err != nil {
		return err
	}
	p.drawTicks(f, ticks, labels, size, ascent)
	slot := (f.right - f.left) / float64(f.n)
	cats := make([]labelLines, len(in.Periods))
	for i, l := range in.Periods {
		cats[i] = labelLines{strings.TrimSpace(l)}
	}
	p.drawCategories(cats, f, slot)
	bars := p.drawEffectBars(in, f, slot)
	p.polyline([][2]float64{{f.left, f.y(0)}, {f.right, f.y(0)}}, inkAxis, 0.05*em, nil)

	var placed []box
	markerX := math.NaN()
	if marker {
		markerX = f.left + (float64(in.StartIndex)+min(max(in.StartFraction, 0), 1))*slot
		placed = p.drawMarker(in.MarkerLabel, markerX, markerTop, f)
	}
	p.drawSegments(in.segments(vf), f, slot, markerX, placed, bars)
	return nil
}

// effectBars are the bars drawn, for notes to keep off: the actual bars
// and the plan's pale ones.
type effectBars struct{ actual, plan []box }

// drawEffectBars draws each period's plan as a pale bar with a blue line
// at its value, and the actual as a narrower vermillion bar in front.
func (p *painter) drawEffectBars(in EffectInput, f frame, slot float64) effectBars {
	em := p.em
	ghostW := min(slot*0.66, 4.6*em)
	barW := math.Round(ghostW * 0.56)
	zero := f.y(0)
	column := func(x0, w, v float64) (float64, float64, float64, float64) {
		y := f.y(v)
		if math.Abs(y-zero) < 2 {
			// A zero bar still shows its colour.
			y = zero - 2
			if v < 0 {
				y = zero + 2
			}
		}
		return x0, min(y, zero), x0 + w, max(y, zero)
	}
	planTicks := [][2][2]float64{}
	var bars effectBars
	for i := range in.Periods {
		mid := f.left + (float64(i)+0.5)*slot
		if i < len(in.Plan) && !math.IsNaN(in.Plan[i]) {
			x0, y0, x1, y1 := column(mid-ghostW/2, ghostW, in.Plan[i])
			p.rect(x0, y0, x1, y1, inkPlanGhost)
			bars.plan = append(bars.plan, box{x0, y0, x1, y1})
			y := f.y(in.Plan[i])
			planTicks = append(planTicks, [2][2]float64{{x0, y}, {x1, y}})
			bars.actual = append(bars.actual, box{x0, y - 0.15*em, x1, y + 0.15*em})
		}
		if i < len(in.Actual) && i < len(in.HasActual) && in.HasActual[i] {
			x0, y0, x1, y1 := column(mid-barW/2, barW, in.Actual[i])
			p.actualBar(x0, y0, x1, y1, in.running(i))
			bars.actual = append(bars.actual, box{x0, y0, x1, y1})
		}
	}
	// The plan's value stays visible over an actual bar that passes it.
	for _, t := range planTicks {
		p.polyline([][2]float64{t[0], t[1]}, lineStyles[rolePlan].color, 0.12*em, nil)
	}
	return bars
}

// actualBar draws an actual bar in vermillion; a running period's hollow,
// pale inside its vermillion edge: its figures so far are not a whole
// period's, and the comparison leaves it out.
func (p *painter) actualBar(x0, y0, x1, y1 float64, running bool) {
	ink := lineStyles[roleActual].color
	if !running {
		p.rect(x0, y0, x1, y1, ink)
		return
	}
	p.rect(x0, y0, x1, y1, inkActualGhost)
	w := 0.12 * p.em
	p.polyline([][2]float64{{x0 + w/2, y0 + w/2}, {x1 - w/2, y0 + w/2}, {x1 - w/2, y1 - w/2}, {x0 + w/2, y1 - w/2}, {x0 + w/2, y0}}, ink, w, nil)
}

// drawMarker draws the start marker at x, dashed from the label row at top
// down to the plot's bottom, with its label beside its top: right of it,
// or left when there is no room. It returns the label's box.
func (p *painter) drawMarker(text string, x, top float64, f frame) []box {
	em := p.em
	p.polyline([][2]float64{{x, top}, {x, f.bottom}}, inkTitle, 0.1*em, []float64{math.Round(0.45 * em), math.Round(0.3 * em)})
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	size, text := p.fit(text, noteSize*em, 0.75*em, p.w-1.8*em)
	ascent, descent := p.metrics(size)
	w := p.textWidth(text, size)
	left := x + 0.4*em
	if left+w > p.w-0.9*em {
		left = max(0.9*em, x-0.4*em-w)
	}
	p.text(text, left, top+ascent, size, inkTitle)
	return []box{{left - 0.15*em, top, left + w + 0.15*em, top + ascent + descent}}
}

// drawSegments draws each average as a black segment with end ticks over
// its periods, and its note on white: above or below the segment, centred
// or flush with one end, or above the bars it spans, whichever place
// covers no other note and least of the bars. Covering an actual bar or a
// plan value line costs a hundred times what covering a pale plan bar
// does; crossing the marker at markerX, or standing away from the
// segment, costs a little.
func (p *painter) drawSegments(segs []effectSegment, f frame, slot, markerX float64, placed []box, bars effectBars) {
	em := p.em
	size := noteSize * em
	halo := 0.15 * em
	ends := func(s effectSegment) (float64, float64) {
		return f.left + float64(s.first)*slot + 0.06*slot, f.left + float64(s.last+1)*slot - 0.06*slot
	}
	for _, s := range segs {
		x0, x1 := ends(s)
		y := f.y(s.v)
		p.polyline([][2]float64{{x0, y}, {x1, y}}, inkTitle, 0.14*em, nil)
		for _, x := range []float64{x0, x1} {
			p.polyline([][2]float64{{x, y - 0.3*em}, {x, y + 0.3*em}}, inkTitle, 0.1*em, nil)
		}
	}
	for _, s := range segs {
		sz, text := p.fit(s.note, size, 0.7*em, f.right-f.left)
		ascent, descent := p.metrics(sz)
		w, h := p.textWidth(text, sz)+2*halo, ascent+descent+2*halo
		x0, x1 := ends(s)
		y, gap := f.y(s.v), 0.35*em
		barTop := y
		for _, b := range append(slices.Clone(bars.actual), bars.plan...) {
			if b.x1 > x0 && b.x0 < x1 {
				barTop = min(barTop, b.y0)
			}
		}
		var candidates []box
		for _, left := range []float64{(x0+x1)/2 - w/2, x0, x1 - w} {
			candidates = append(candidates, box{left, y - gap - h, left + w, y - gap}, box{left, y + gap, left + w, y + gap + h})
		}
		mid := (x0+x1)/2 - w/2
		candidates = append(candidates, box{mid, barTop - 0.2*em - h, mid + w, barTop - 0.2*em})
		best, bestCost := box{}, math.Inf(1)
		for i, b := range candidates {
			b = b.shift(max(0, f.left-b.x0)-max(0, b.x1-p.w+0.9*em), max(0, f.top-h-b.y0)-max(0, b.y1-f.bottom))
			cost := (10*coverage(b, bars.actual) + 0.1*coverage(b, bars.plan)) / ((b.x1 - b.x0) * (b.y1 - b.y0))
			if overlapsAny(b, placed) {
				cost += 1000
			}
			if b.x0 < markerX && markerX < b.x1 {
				cost += 0.2
			}
			if i == len(candidates)-1 {
				// Away from its segment a note is harder to pair with it.
				cost += 0.25
			}
			if cost < bestCost-1e-9 {
				best, bestCost = b, cost
			}
		}
		placed = append(placed, best)
		p.rect(best.x0, best.y0, best.x1, best.y1, inkPaper)
		p.text(text, best.x0+halo, best.y0+halo+ascent, sz, inkTitle)
	}
}

// coverage is the area of b that the boxes cover (added up where they
// overlap each other).
func coverage(b box, boxes []box) float64 {
	area := 0.0
	for _, o := range boxes {
		w := min(b.x1, o.x1) - max(b.x0, o.x0)
		h := min(b.y1, o.y1) - max(b.y0, o.y0)
		if w > 0 && h > 0 {
			area += w * h
		}
	}
	return area
}
