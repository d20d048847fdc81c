package data

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"pacer/app"
)

// The plan cache (migration 8) holds each goal's current plan in one row;
// triggers mark a goal stale when its plans change, and refreshDerived
// (data/totals.go) rewrites the stale goals' rows before the transaction
// commits.

// qPlanStale lists the goals whose cached plan needs rewriting; a store
// that can prepare it has the plan cache.
const qPlanStale = `SELECT goal_id FROM plan_cache_stale`

// refreshGoalPlan rewrites one goal's cached plan from plan_periods.
func refreshGoalPlan(ctx context.Context, t *tx, id int64) error {
	plans := map[int64][]app.PeriodTarget{}
	if err := currentPlanPeriods(ctx, t, plans, `g.id = ?`, []any{id}); err != nil {
		return err
	}
	if _, err := t.ExecContext(ctx, `DELETE FROM plan_cache WHERE goal_id = ?`, id); err != nil {
		return wrapf(err, "clear cached plan")
	}
	if len(plans[id]) == 0 {
		return nil
	}
	_, err := t.ExecContext(ctx, `INSERT INTO plan_cache (goal_id, periods) VALUES (?, ?)`, id, encodePlan(plans[id]))
	return wrapf(err, "cache plan")
}

// cachedPlans fills plans with the cached plan of every goal, and returns
// the goals whose cache is stale: their plans are read from plan_periods.
func cachedPlans(ctx context.Context, t *tx, plans map[int64][]app.PeriodTarget) error {
	type row struct {
		id   int64
		blob []byte
	}
	rows, err := queryAll(ctx, t, func(sc scanner) (row, error) {
		var r row
		return r, sc.Scan(&r.id, &r.blob)
	}, `SELECT goal_id, periods FROM plan_cache WHERE goal_id NOT IN (SELECT goal_id FROM plan_cache_stale)`)
	if err != nil {
		return wrapf(err, "read cached plans")
	}
	keys := newPeriodKeys()
	for _, r := range rows {
		pts, err := decodePlanKeys(r.blob, keys)
		if err != nil {
			return wrapf(err, "read cached plan of goal %d", r.id)
		}
		plans[r.id] = pts
	}
	return currentPlanPeriods(ctx, t, plans, `g.id IN (SELECT goal_id FROM plan_cache_stale)`, nil)
}

// encodePlan writes plan periods as: for each, the key's length (uvarint)
// and bytes, the target's bits, and a floor flag byte with the floor's
// bits after it when set.
func encodePlan(pts []app.PeriodTarget) []byte {
	b := make([]byte, 0, len(pts)*26)
	for _, pt := range pts {
		b = binary.AppendUvarint(b, uint64(len(pt.PeriodKey)))
		b = append(b, pt.PeriodKey...)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(pt.Target))
		if pt.Floor == nil {
			b = append(b, 0)
			continue
		}
		b = append(b, 1)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*pt.Floor))
	}
	return b
}

var errBadPlanCache = errors.New("damaged cached plan")

// decodePlan reads what encodePlan wrote.
func decodePlan(b []byte) ([]app.PeriodTarget, error) {
	return decodePlanKeys(b, nil)
}

// decodePlanKeys is decodePlan sharing each period key's string through
// keys, when given.
func decodePlanKeys(b []byte, keys *periodKeys) ([]app.PeriodTarget, error) {
	pts := make([]app.PeriodTarget, 0, len(b)/17) // the least an entry takes
	for len(b) > 0 {
		n, size := binary.Uvarint(b)
		if size <= 0 || uint64(len(b)-size) < n+9 {
			return nil, errBadPlanCache
		}
		b = b[size:]
		pt := app.PeriodTarget{PeriodKey: keys.key(len(pts), b[:n])}
		b = b[n:]
		pt.Target = math.Float64frombits(binary.LittleEndian.Uint64(b))
		flag := b[8]
		b = b[9:]
		if flag == 1 {
			if len(b) < 8 {
				return nil, errBadPlanCache
			}
			f := math.Float64frombits(binary.LittleEndian.Uint64(b))
			pt.Floor, b = &f, b[8:]
		}
		pts = append(pts, pt)
	}
	keys.decoded(pts)
	return pts, nil
}

// periodKeys shares the period keys' strings among the plans decoded
// with it: 2,000 goals planned by quarter over the same years hold 80,000
// keys but only 40 different ones, most often in the order of the plan
// decoded before, which is looked at first (a map's lookup was a quarter
// of the setup snapshot's decoding).
type periodKeys struct {
	seen map[string]string
	prev []app.PeriodTarget // the plan decoded last
}

// newPeriodKeys returns an empty periodKeys.
func newPeriodKeys() *periodKeys { return &periodKeys{seen: map[string]string{}} }

// key is the i-th key of a plan as a string, one already held when it can
// be; a nil k shares none.
func (k *periodKeys) key(i int, b []byte) string {
	if k == nil {
		return string(b)
	}
	if i < len(k.prev) && k.prev[i].PeriodKey == string(b) {
		return k.prev[i].PeriodKey
	}
	if s, ok := k.seen[string(b)]; ok {
		return s
	}
	s := string(b)
	k.seen[s] = s
	return s
}

// decoded notes the plan just decoded, whose keys the next most likely
// repeats.
func (k *periodKeys) decoded(pts []app.PeriodTarget) {
	if k != nil {
		k.prev = pts
	}
}
