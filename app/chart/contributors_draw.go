package chart

import (
	"fmt"
	"math"
)

// The contributors chart lies in rows, as the goals' charts do: value
// names (门店, products with long names) read best on the left, one a
// row and every one shown, where columns had to thin them out. Each row
// holds a pair of bars, the expected amount over the actual.

// drawPairRows lays c out with one row per category and its two bars one
// over the other, the category on the left in up to two lines, the value
// axis below; the second bar's note stands beyond its end. A chart too
// small for its rows is ErrChart.
func (p *painter) drawPairRows(c barChart) error {
	if err := c.check(); err != nil {
		return err
	}
	em := p.em
	pad := 0.9 * em
	top := p.drawHeader(c.title, c.legend, pad) + 0.6*em
	tick := tickSize * em
	ascent, descent := p.metrics(tick)
	f := rowFrame{top: top, bottom: p.h - pad - ascent - descent - 0.5*em}
	rh := (f.bottom - f.top) / float64(len(c.cats))
	if rh < 1.2*em {
		return fmt.Errorf("chart of %.0f×%.0f pixels has no room for %d rows: %w", p.w, p.h, len(c.cats), ErrChart)
	}
	noteSz := min(noteSize*em, math.Floor(rh*0.36))
	catSize, cats, catWidth := p.rowCategories(c.cats, rh)
	noteLeft, noteRight := p.pairNoteWidths(c, noteSz)
	f.left, f.right = pad+catWidth+1.2*em, p.w-pad
	lo, hi := c.valueRange()
	ticks, labels := p.rowTicks(c, lo, hi, f.right-f.left-noteLeft-noteRight)
	if len(ticks) < 2 {
		return fmt.Errorf("bar values cannot be scaled: %w", ErrChart)
	}
	f.lo, f.hi = ticks[0], ticks[len(ticks)-1]
	span := (f.hi - f.lo) / (f.right - f.left - noteLeft - noteRight)
	f.hi = max(f.hi, hi+noteRight*span)
	if lo < 0 {
		f.lo = min(f.lo, lo-noteLeft*span)
	}
	if f.right-f.left < 4*em {
		return fmt.Errorf("chart of %.0f×%.0f pixels has no room for its plot: %w", p.w, p.h, ErrChart)
	}
	p.drawRowTicks(f, ticks, labels, pad)
	p.drawPairBars(c, cats, f, rh, catSize, noteSz)
	return nil
}

// pairNoteWidths are the widths the widest notes of the second bars need
// left of zero and right of the bars' ends.
func (p *painter) pairNoteWidths(c barChart, noteSz float64) (left, right float64) {
	for _, g := range c.groups {
		if b := g[len(g)-1]; b.note != "" {
			w := p.textWidth(b.note, noteSz) + 0.4*p.em
			if b.v >= 0 {
				right = max(right, w)
			} else {
				left = max(left, w)
			}
		}
	}
	return left, right
}

// drawPairBars draws each row's category, its bars one over the other and
// the last bar's note, then the zero line.
func (p *painter) drawPairBars(c barChart, cats []labelLines, f rowFrame, rh, catSize, noteSz float64) {
	em := p.em
	cAscent, cDescent := p.metrics(catSize)
	pitch := (cAscent + cDescent) * rowLinePitch
	nAscent, nDescent := p.metrics(noteSz)
	zero := f.x(0)
	for i, g := range c.groups {
		mid := f.top + (float64(i)+0.5)*rh
		for k, line := range cats[i] {
			y := mid + 0.36*cAscent + (float64(k)-float64(len(cats[i])-1)/2)*pitch
			p.text(line, f.left-1.2*em-p.textWidth(line, catSize), y, catSize, inkTitle)
		}
		thick := min(0.78*rh/float64(len(g)), 2*em)
		y0 := mid - thick*float64(len(g))/2
		for j, b := range g {
			y := y0 + float64(j)*thick
			end := f.x(b.v)
			if math.Abs(end-zero) < 2 {
				end = zero + math.Copysign(2, b.v)
			}
			p.rect(min(zero, end), y+0.04*thick, max(zero, end), y+0.96*thick, b.ink)
			if b.note == "" {
				continue
			}
			w := p.textWidth(b.note, noteSz)
			x := end + 0.3*em
			if b.v < 0 {
				x = end - 0.3*em - w
			}
			p.text(b.note, x, y+thick/2+(nAscent-nDescent)/2, noteSz, inkTitle)
		}
	}
	p.polyline([][2]float64{{zero, f.top}, {zero, f.bottom}}, inkAxis, 0.05*em, nil)
}
