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

// date reads a date as dateCol scans its column.
func (r *snapshotReader) date() app.Date {
	d, err := app.ParseDate(r.str())
	if err != nil {
		r.fail()
	}
	return d
}

// time reads a timestamp as timeCol scans its column.
func (r *snapshotReader) time() time.Time {
	t, err := time.Parse(time.RFC3339, r.str())
	if err != nil {
		r.fail()
	}
	return t
}

// goal reads what snapshotWriter.goal wrote into g.
func (r *snapshotReader) goal(g *app.Goal) {
	g.ID = r.int()
	g.Title = r.str()
	g.Description = r.str()
	g.Perspective = app.Perspective(r.str())
	g.Owner = r.str()
	g.Kind = app.Kind(r.str())
	g.Unit = app.Unit(r.str())
	g.UnitLabel = r.str()
	g.Decimals = int(r.int())
	g.Aggregation = app.Aggregation(r.str())
	if r.bool() {
		b := r.float()
		g.Baseline = &b
	}
	g.Target = r.float()
	g.Start = r.date()
	g.End = r.date()
	g.Cadence = app.Cadence(r.str())
	g.PlanBy = app.Cadence(r.str())
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
