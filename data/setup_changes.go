package data

import (
	"context"
	"maps"
	"pacer/app"
	"slices"
)

// After a goal is edited, the setup generation (migration 14) moves on,
// and a store read every goal and plan again (31 ms at 2,000 goals) and
// dropped every running total it kept. The file names the goals of each
// change since (migration 19): a store reads those goals again and keeps
// the rest.

// qSetupChanges reads the setup changes, newest first.
const qSetupChanges = `SELECT goal_id, from_g, g FROM setup_changes ORDER BY seq DESC`

// setupChangesMost is the most goals changed that are read again one by
// one; past it, reading every goal is no slower.
const setupChangesMost = 256

// setupChangesSince returns the goals of every setup change from
// generation from to generation to, the file's now in t: the rows walked
// back from to, each drawn from the generation the next older one drew,
// down to the one drawn from from. It is false when the rows do not say
// (a generation drawn without a row breaks the chain, as does a row
// pruned), or more than setupChangesMost goals changed: the caller must
// read everything.
func setupChangesSince(ctx context.Context, t *tx, from, to int64) ([]int64, bool, error) {
	rows, err := t.query(ctx, qSetupChanges)
	if missingTable(err) {
		return nil, false, nil // a file of an older schema, in tests
	}
	if err != nil {
		return nil, false, wrapf(err, "read setup changes")
	}
	defer rows.Close()
	changed := map[int64]bool{}
	for want := to; rows.Next(); {
		var goal, fromG, g int64
		if err := rows.Scan(&goal, &fromG, &g); err != nil {
			return nil, false, wrapf(err, "read setup changes")
		}
		if g != want {
			return nil, false, nil // a generation drawn without a row
		}
		if changed[goal] = true; len(changed) > setupChangesMost {
			return nil, false, nil
		}
		if fromG == from {
			return slices.Sorted(maps.Keys(changed)), true, nil
		}
		want = fromG
	}
	return nil, false, wrapf(rows.Err(), "read setup changes")
}

// qGoalsByID reads the goals of the JSON array ?1, in ID order.
const qGoalsByID = `SELECT ` + goalColumns + ` FROM goals WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id`

// catchUp brings the cache from its generation to gen, the file's now in
// t, by reading again only the goals changed since, and tells whether it
// could. Called with c.mu held.
func (c *setupCache) catchUp(ctx context.Context, t *tx, gen int64) (bool, error) {
	changed, ok, err := setupChangesSince(ctx, t, c.gen, gen)
	if err != nil || !ok {
		return false, err
	}
	ids := goalsJSON(changed)
	goals, err := queryAll(ctx, t, scanGoal, qGoalsByID, ids)
	if err != nil {
		return false, wrapf(err, "read changed goals")
	}
	read := map[int64][]app.PeriodTarget{}
	if err := currentPlanPeriods(ctx, t, read, `g.id IN (SELECT value FROM json_each(?))`, []any{ids}); err != nil {
		return false, err
	}
	plans := maps.Clone(c.plans)
	for _, id := range changed {
		delete(plans, id)
	}
	for id, p := range read {
		plans[id] = p[:len(p):len(p)] // a reader's append copies
	}
	c.goals, c.plans = mergeGoals(c.goals, changed, goals), plans
	c.gen, c.filed = gen, false
	return true, nil
}

// mergeGoals returns the goals of kept, in ID order, with those of the
// sorted IDs changed replaced by read (in ID order): a changed goal not
// read was deleted. kept is not written.
func mergeGoals(kept []app.Goal, changed []int64, read []app.Goal) []app.Goal {
	out := make([]app.Goal, 0, len(kept)+len(read))
	for _, g := range kept {
		for len(read) > 0 && read[0].ID < g.ID {
			out, read = append(out, read[0]), read[1:]
		}
		if _, found := slices.BinarySearch(changed, g.ID); !found {
			out = append(out, g)
		}
	}
	return append(out, read...)
}
