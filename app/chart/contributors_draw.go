package chart

import "math"

// The contributors chart lies in rows, as the goals' charts do: value
// names (门店, products with long names) read best on the left, one a
// row and every one shown, where columns had to thin them out. Each row
// holds a pair of bars, the expected amount over the actual.

// drawPairRows lays c out with one row per category and its two bars one
// over the other, the category on the left in up to two lines, the value
// axis below; the second bar's note stands beyond its end. A chart too
// small for its rows is ErrChart.
func (p *painter) drawPairRows(c barChart) error {
	r, err := p.drawRowFrame(c, pairRows)
	if err != nil {
		return err
	}
	p.drawPairBars(c, r.cats, r.f, r.rh, r.catSize, r.noteSz)
	return nil
}

// pairRows is the frame of the contributors chart: rows high enough for
// two bars, their notes smaller, and no reference line.
var pairRows = rowLayout{minRow: 1.2, noteShare: 0.36,
	noteWidths: (*painter).pairNoteWidths, roomForNotes: roomForPairNotes}

// roomForPairNotes widens the axis beyond its ends for the second bars'
// notes.
func roomForPairNotes(f *rowFrame, _ barChart, lo, hi, left, right, span float64) {
	f.hi = max(f.hi, hi+right*span)
	if lo < 0 {
		f.lo = min(f.lo, lo-left*span)
	}
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
	nAscent, nDescent := p.metrics(noteSz)
	zero := f.x(0)
	for i, g := range c.groups {
		mid := f.top + (float64(i)+0.5)*rh
		p.drawRowCategory(cats[i], f, mid, catSize)
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
