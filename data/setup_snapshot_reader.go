package data

import (
	"encoding/binary"
	"math"
	"pacer/app"
	"time"
)

// snapshotReader reads what snapshotWriter wrote from b. The first value
// that does not decode sets err; every read after it returns a zero value.
type snapshotReader struct {
	b   []byte
	err error
	// dates are the dates read so far, by their text: most goals share
	// their start and end days with other goals, and a goal's start and
	// end alternate, so one date kept missed nearly every time.
	dates map[string]app.Date
	// slab is where the plans read next take their storage: one
	// allocation for many plans rather than one each.
	slab []app.PeriodTarget
}

func (r *snapshotReader) fail() { r.err, r.b = errBadSnapshot, nil }

func (r *snapshotReader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *snapshotReader) int() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// bytes returns the next length-prefixed bytes, which share r's memory.
func (r *snapshotReader) bytes() []byte {
	n := r.uint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b
}

func (r *snapshotReader) str() string { return string(r.bytes()) }

func (r *snapshotReader) float() float64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return f
}

func (r *snapshotReader) bool() bool {
	if len(r.b) == 0 || r.b[0] > 1 {
		r.fail()
		return false
	}
	v := r.b[0] == 1
	r.b = r.b[1:]
	return v
}

// maxKeptDates bounds snapshotReader.dates: goals of a few hundred
// different days are read as fast, and a file of goals all of different
// days costs no more memory than that.
const maxKeptDates = 512

// readDate reads a date as dateCol scans its column.
func (r *snapshotReader) readDate() app.Date {
	b := r.bytes()
	if d, ok := r.dates[string(b)]; ok {
		return d
	}
	d, err := app.ParseDate(string(b))
	if err != nil {
		r.fail()
		return d
	}
	if r.dates == nil {
		r.dates = map[string]app.Date{}
	}
	if len(r.dates) < maxKeptDates {
		r.dates[string(b)] = d
	}
	return d
}

// time reads a timestamp as timeCol scans its column: one in UTC from its
// seconds and nanoseconds, any other from its text.
func (r *snapshotReader) time() time.Time {
	if r.bool() {
		sec, nsec := r.int(), r.uint()
		if nsec >= 1e9 {
			r.fail()
			return time.Time{}
		}
		return time.Unix(sec, int64(nsec)).UTC()
	}
	t, err := time.Parse(time.RFC3339, r.str())
	if err != nil {
		r.fail()
	}
	return t
}

// targets is storage for a plan of n periods, of its own length and
// capacity (a reader's append copies).
func (r *snapshotReader) targets(n int) []app.PeriodTarget {
	if len(r.slab) < n {
		r.slab = make([]app.PeriodTarget, max(n, 4096))
	}
	p := r.slab[:n:n]
	r.slab = r.slab[n:]
	return p
}

// goal reads what snapshotWriter.goal wrote into g.
func (r *snapshotReader) goal(g *app.Goal) {
	g.ID = r.int()
	g.Title = r.str()
	g.Description = r.str()
	g.Perspective = word(r, perspectiveWords)
	g.Owner = r.str()
	g.Kind = word(r, kindWords)
	g.Unit = word(r, unitWords)
	g.UnitLabel = r.str()
	g.Decimals = int(r.int())
	g.Aggregation = word(r, aggregationWords)
	if r.bool() {
		b := r.float()
		g.Baseline = &b
	}
	g.Target = r.float()
	g.Start = r.readDate()
	g.End = r.readDate()
	g.Cadence = word(r, cadenceWords)
	g.PlanBy = word(r, cadenceWords)
	if r.bool() {
		p := r.int()
		g.ParentID = &p
	}
	g.Weight = r.float()
	g.Rationale = r.str()
	g.Archived = r.bool()
	g.CreatedAt = r.time()
	g.UpdatedAt = r.time()
}

// The words a goal's fields are most likely one of (word).
var (
	perspectiveWords = []app.Perspective{app.PerspectiveFinancial, app.PerspectiveCustomer, app.PerspectiveProcess, app.PerspectiveLearning}
	kindWords        = []app.Kind{app.KindIncrease, app.KindDecrease, app.KindStayAbove, app.KindStayBelow, app.KindMilestone}
	unitWords        = []app.Unit{app.UnitCurrency, app.UnitCount, app.UnitPercent, app.UnitCustom}
	aggregationWords = []app.Aggregation{app.AggFlow, app.AggLevel}
	cadenceWords     = []app.Cadence{app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear}
)

// word reads a string, the one of words it equals when it does, sharing
// that one's memory: a goal has six such fields, 12,000 strings each of
// its own at 2,000 goals otherwise.
func word[T ~string](r *snapshotReader, words []T) T {
	b := r.bytes()
	for _, w := range words {
		if string(w) == string(b) {
			return w
		}
	}
	return T(b)
}

// planTargets reads what snapshotWriter.planTargets wrote of a plan with
// the keys of keys, sharing their strings.
func (r *snapshotReader) planTargets(keys []app.PeriodTarget) []app.PeriodTarget {
	if keys == nil {
		r.fail() // no plan before to take the keys of
		return nil
	}
	plan := r.targets(len(keys))
	for i := range plan {
		plan[i] = app.PeriodTarget{PeriodKey: keys[i].PeriodKey, Target: r.float()}
		if r.bool() {
			f := r.float()
			plan[i].Floor = &f
		}
	}
	return plan
}
