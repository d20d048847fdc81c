package deck

import (
	"fmt"
	"slices"
	"strings"

	"pacer/app"
	"pacer/app/export"
)

// Rows of a table on one slide; longer tables continue on the next.
const (
	tableRowsPerSlide  = 8
	actionRowsPerSlide = 7
)

// builder holds what the slides are made of.
type builder struct {
	in       Input
	w        export.Translator
	sentence func(Figures) string
	d        *pptx
	cols     []app.ReviewColumn
	date     func(app.Date) string
	pics     map[string]picResult
}

// build lays out every slide of in.
func build(in Input) (*pptx, error) {
	cols, err := in.Table.CheckedColumns()
	if err != nil {
		return nil, err
	}
	cx, cy := in.Aspect.size()
	b := &builder{in: in, w: in.Translate, sentence: in.Sentence, cols: cols, date: in.FormatDate,
		d: &pptx{cx: cx, cy: cy, title: in.Title, lang: runLang(in.Lang)}}
	if b.date == nil {
		b.date = app.Date.String
	}
	if b.sentence == nil {
		b.sentence = DefaultSentence
	}
	steps, jobs := b.steps(), b.pictureJobs()
	total, done := len(steps)+len(jobs), 0
	tick := func() {
		done++
		if in.Progress != nil {
			in.Progress(done, total)
		}
	}
	b.pics = drawPictures(jobs, b.in.Charts.Font, tick)
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
		tick()
	}
	return b.d, nil
}

// steps are the slides to make, in order.
func (b *builder) steps() []func() error {
	steps := []func() error{b.titleSlide, b.summarySlide}
	for _, r := range b.in.Table.Rows {
		steps = append(steps, func() error { return b.goalSlide(r) })
	}
	rows := b.in.Table.Rows
	for from := 0; from < len(rows) || from == 0; from += tableRowsPerSlide {
		steps = append(steps, func() error { b.varianceSlide(from); return nil })
	}
	for _, r := range rows {
		rv, ok := b.in.Table.Reviews[r.Goal.ID]
		if ok || len(b.in.Charts.Goals[r.Goal.ID].Contributors) > 0 {
			steps = append(steps, func() error { return b.gapSlide(r, rv) })
		}
	}
	open := b.openActions()
	for from := 0; from < len(open) || from == 0; from += actionRowsPerSlide {
		steps = append(steps, func() error { b.actionsSlide(open, from); return nil })
	}
	if p := b.in.Charts.Portfolio; p != nil && len(p.Items) > 0 {
		steps = append(steps, b.attainmentSlide)
	}
	return steps
}

// SlideCount is how many slides Write makes of in.
func SlideCount(in Input) int {
	b := &builder{in: in}
	return len(b.steps())
}

func (b *builder) newSlide(title string) *slideDoc {
	s := &slideDoc{}
	b.d.slides = append(b.d.slides, s)
	if title != "" {
		s.addTitle(b.d, title)
	}
	return s
}

// pageTitle names a slide of several: "Variance table (2/3)".
func pageTitle(title string, from, per, total int) string {
	if total <= per {
		return title
	}
	return fmt.Sprintf("%s (%d/%d)", title, from/per+1, (total+per-1)/per)
}

func (b *builder) titleSlide() error {
	s := b.newSlide("")
	cx, cy := b.d.cx, b.d.cy
	m := margin(cx)
	s.addText(b.d, rect{m, cy * 30 / 100, cx - 2*m, cy * 22 / 100},
		[]para{{runs: []run{{b.in.Title, textStyle{size: 4000, bold: true, color: "1A1A1A"}}}}}, "", "", "b")
	var ps []para
	for _, line := range []string{b.in.Subtitle, b.in.Generated} {
		if strings.TrimSpace(line) != "" {
			ps = append(ps, para{runs: []run{{line, textStyle{size: 2000, color: colorMuted}}}})
		}
	}
	s.addText(b.d, rect{m, cy * 54 / 100, cx - 2*m, cy * 20 / 100}, ps, "", "", "t")
	s.addText(b.d, rect{m, cy * 53 / 100, cx / 6, cy / 120}, nil, colorGood, "", "")
	s.notes = strings.TrimSpace(strings.Join([]string{b.in.Title, b.in.Subtitle, b.in.Generated}, "\n"))
	return nil
}

// summarySlide counts the goals by status in coloured cards, and lists
// under each status the goals that have it.
func (b *builder) summarySlide() error {
	t := b.in.Table
	s := b.newSlide(b.w.T("Summary"))
	area := body(b.d.cx, b.d.cy)
	count := map[app.Status][]string{}
	for _, r := range t.Rows {
		count[r.Status] = append(count[r.Status], r.Goal.Title)
	}
	type card struct {
		label string
		n     int
		color string
	}
	reviewed := b.w.T("Goals reviewed")
	cards := []card{{reviewed, len(t.Rows), "2B3A4A"}}
	var notes []string
	var ps []para
	notes = append(notes, fmt.Sprintf("%s: %d", reviewed, len(t.Rows)))
	for _, st := range export.StatusOrder() {
		if goals := count[st]; len(goals) > 0 {
			word := export.StatusWord(t, b.w, st)
			cards = append(cards, card{word, len(goals), statusColor(st)})
			notes = append(notes, fmt.Sprintf("%s: %d (%s)", word, len(goals), strings.Join(goals, ", ")))
			ps = append(ps, para{bullet: true, runs: []run{
				{word + ": ", textStyle{size: 1600, bold: true, color: statusColor(st)}},
				{strings.Join(goals, ", "), textStyle{size: 1600}}}})
		}
	}
	gap := area.w / 40
	w := (area.w - gap*int64(len(cards)-1)) / int64(len(cards))
	h := area.h * 40 / 100
	for i, c := range cards {
		r := rect{area.x + int64(i)*(w+gap), area.y, w, h}
		s.addText(b.d, r, []para{
			{align: "ctr", runs: []run{{fmt.Sprint(c.n), textStyle{size: 5400, bold: true, color: c.color}}}},
			{align: "ctr", runs: []run{{c.label, textStyle{size: 1800, color: c.color}}}},
		}, "F5F6F8", c.color, "ctr")
	}
	s.addText(b.d, rect{area.x, area.y + h + area.h/16, area.w, area.h - h - area.h/16}, ps, "", "", "t")
	s.notes = strings.Join(notes, "\n")
	return nil
}

// openActions are the action plans planned or in progress that are linked
// to a goal of the table, with the titles of those goals.
func (b *builder) openActions() []app.ActionPlan {
	in := map[int64]bool{}
	for _, r := range b.in.Table.Rows {
		in[r.Goal.ID] = true
	}
	var out []app.ActionPlan
	for _, a := range b.in.Actions {
		if a.Status != app.ActionPlanned && a.Status != app.ActionInProgress {
			continue
		}
		if slices.ContainsFunc(a.GoalIDs, func(id int64) bool { return in[id] }) {
			out = append(out, a)
		}
	}
	return out
}
