package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"runtime"
	"strings"
	"sync"
	"weak"
)

// The dashboard and the reviews read every goal and its current plan on
// each refresh, and at 2,000 goals that took most of their reading time
// (22 columns of 2,000 goals and 2,000 plans decoded, 40–50 ms at 2,000
// goals × 10 years), while goals and plans change rarely. A store keeps
// them in memory as last read, with the file's setup generation
// (migration 14) read in the same transaction; a later read that finds the
// same generation uses them without reading the goals or plans again. Any
// write to goals or plans, by this store, another program or the team
// sync, changes the generation in the file, so the next read rereads the
// goals it changed (setup_changes.go), or all of them.

// qSetupGeneration reads the setup generation.
const qSetupGeneration = `SELECT g FROM setup_generation`

// setupCache is a store's goals (archived ones included, in ID order) and
// current plans as read at generation gen. Its slices and the values
// they point to are never written once stored: readers get copies of the
// goals and maps of their own pointing at the shared plan slices.
type setupCache struct {
	mu    sync.Mutex
	ok    bool // goals and plans hold a read
	filed bool // the file's setup snapshot holds them (setup_snapshot.go)
	gen   int64
	goals []app.Goal
	plans map[int64][]app.PeriodTarget
}

// setupCaches holds each open store's setupCache, keyed weakly so that a
// store no longer used takes its cache with it. (The Store type itself
// lives in store.go.)
var setupCaches sync.Map // weak.Pointer[Store] → *setupCache

// setupCache returns the store's cache, made on first use.
func (s *Store) setupCache() *setupCache {
	k := weak.Make(s)
	if c, ok := setupCaches.Load(k); ok {
		return c.(*setupCache)
	}
	c, loaded := setupCaches.LoadOrStore(k, &setupCache{})
	if !loaded {
		runtime.AddCleanup(s, func(k weak.Pointer[Store]) { setupCaches.Delete(k) }, k)
	}
	return c.(*setupCache)
}

// readSetup reads the goals matching f and every goal's current plan in
// transaction t, from the store's cache when the file's setup generation
// is the one the cache was read at. The goals and the map are the
// caller's own; the plan slices are shared and must not be written (no
// caller does: the screens and the goal maths only read plans).
func (s *Store) readSetup(ctx context.Context, t *tx, f app.GoalFilter, wantPlans bool) ([]app.Goal, map[int64][]app.PeriodTarget, error) {
	var gen int64
	err := t.QueryRowContext(ctx, qSetupGeneration).Scan(&gen)
	if err != nil && !errors.Is(err, sql.ErrNoRows) && !missingTable(err) {
		return nil, nil, wrapf(err, "read setup generation")
	}
	if err != nil { // a file of an older schema, in tests: no cache
		goals, err := listGoals(ctx, t, f)
		if err != nil {
			return nil, nil, err
		}
		plans := map[int64][]app.PeriodTarget{}
		return goals, plans, readPlans(ctx, t, plans)
	}
	c := s.setupCache()
	all, plans, err := c.read(ctx, t, gen, wantPlans)
	if err != nil {
		return nil, nil, err
	}
	return copyGoals(all, f), plans, nil
}

// readSetupBeside starts readSetup of the goals matching f and their
// plans on another goroutine, into goals and plans, and returns a wait for
// it, which every caller calls before its transaction ends. A store just
// opened decodes its 2,000 goals' plans from the file's snapshot in a few
// milliseconds; the caller reads its other rows in t meanwhile, on the
// other core. The wait may be called any number of times: each returns
// readSetup's error. The caller must not run, meanwhile, a prepared
// statement (hotQueries) that readSetup runs too (qSetupChanges): the
// two would share one statement of the connection.
func (s *Store) readSetupBeside(ctx context.Context, t *tx, f app.GoalFilter, goals *[]app.Goal, plans *map[int64][]app.PeriodTarget) func() error {
	done := make(chan struct{})
	var err error
	go func() {
		defer close(done)
		*goals, *plans, err = s.readSetup(ctx, t, f, true)
	}()
	return func() error {
		<-done
		return err
	}
}

// read returns the cached goals and, when wantPlans, a new map of the
// cached plans, when the cache does not hold generation gen bringing it
// there first: reading the goals changed since (setup_changes.go), or
// else every goal and plan.
func (c *setupCache) read(ctx context.Context, t *tx, gen int64, wantPlans bool) ([]app.Goal, map[int64][]app.PeriodTarget, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.ok || c.gen != gen {
		caught := false
		if c.ok {
			var err error
			if caught, err = c.catchUp(ctx, t, gen); err != nil {
				return nil, nil, err
			}
		}
		if !caught {
			if err := c.fill(ctx, t, gen); err != nil {
				return nil, nil, err
			}
		}
	}
	if !wantPlans {
		return c.goals, nil, nil
	}
	plans := make(map[int64][]app.PeriodTarget, len(c.plans))
	for id, p := range c.plans {
		plans[id] = p
	}
	return c.goals, plans, nil
}

// fill reads the goals and plans of generation gen into the cache: from
// the file's setup snapshot when it holds them, else from their tables.
func (c *setupCache) fill(ctx context.Context, t *tx, gen int64) error {
	if goals, plans, ok := readSetupSnapshot(ctx, t, gen); ok {
		c.ok, c.filed, c.gen, c.goals, c.plans = true, true, gen, goals, plans
		return nil
	}
	goals, err := listGoals(ctx, t, app.GoalFilter{IncludeArchived: true})
	if err != nil {
		return err
	}
	plans := map[int64][]app.PeriodTarget{}
	if err := readPlans(ctx, t, plans); err != nil {
		return err
	}
	for id, p := range plans {
		plans[id] = p[:len(p):len(p)] // a reader's append copies
	}
	c.ok, c.filed, c.gen, c.goals, c.plans = true, false, gen, goals, plans
	return nil
}

// copyGoals returns copies of the goals of all that match f; each copy's
// baseline and parent point at values of its own, so that a caller
// writing through them cannot change the cache.
func copyGoals(all []app.Goal, f app.GoalFilter) []app.Goal {
	out := make([]app.Goal, 0, len(all))
	found := searchMatch(f.Search)
	for i := range all {
		g := &all[i]
		if (g.Archived && !f.IncludeArchived) || (f.Perspective != "" && string(g.Perspective) != f.Perspective) ||
			(f.Owner != "" && g.Owner != f.Owner) || (found != nil && !found(g)) {
			continue
		}
		out = append(out, *g)
	}
	if len(out) == 0 {
		return nil // as listGoals reads none
	}
	baselines, parents := make([]float64, len(out)), make([]int64, len(out))
	for i := range out {
		if g := &out[i]; g.Baseline != nil {
			baselines[i], g.Baseline = *g.Baseline, &baselines[i]
		}
		if g := &out[i]; g.ParentID != nil {
			parents[i], g.ParentID = *g.ParentID, &parents[i]
		}
	}
	return out
}

// searchMatch returns whether a goal matches search as listGoals' SQL
// matches it, for the goals a store keeps (a search typed in the goal
// list read 2,000 goals from the table at each key, 12 ms): search
// lowered as SQLite's lower lowers (ASCII letters only) is found in the
// goal's title, description, owner and rationale, joined by spaces and
// lowered the same way. It is nil for no search.
func searchMatch(search string) func(g *app.Goal) bool {
	if search == "" {
		return nil
	}
	want := asciiLower(nil, search)
	var text []byte
	return func(g *app.Goal) bool {
		text = text[:0]
		for i, s := range [...]string{g.Title, g.Description, g.Owner, g.Rationale} {
			if i > 0 {
				text = append(text, ' ')
			}
			text = asciiLower(text, s)
		}
		if want[0]&0xC0 == 0x80 {
			// instr steps from character to character: a search that
			// starts inside one (not UTF-8) is found at the start alone.
			return bytes.HasPrefix(text, want)
		}
		return bytes.Contains(text, want)
	}
}

// asciiLower appends s to dst with its ASCII capitals lowered.
func asciiLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// missingTable reports whether err is SQLite's refusal of a table the
// file's schema does not have yet.
func missingTable(err error) bool {
	return err != nil && strings.Contains(err.Error(), "no such table")
}
