package team

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/sample"
	"pacer/data"
)

// productionTimings puts the loop's timings back to the shipped ones for a
// benchmark (TestMain shortens them for the tests).
func productionTimings(b *testing.B) {
	saved := []time.Duration{pollEvery, backoffFirst, backoffMax}
	pollEvery, backoffFirst, backoffMax = 100*time.Millisecond, 500*time.Millisecond, 30*time.Second
	b.Cleanup(func() { pollEvery, backoffFirst, backoffMax = saved[0], saved[1], saved[2] })
}

// benchTeam is newTeam for a benchmark.
func benchTeam(b *testing.B) *team { return newTeam(b, nil) }

// BenchmarkTeamCheckInVisible: a check-in saved on one laptop, until it is
// in the other laptop's file, both syncing over loopback; p95 and median.
func BenchmarkTeamCheckInVisible(b *testing.B) {
	productionTimings(b)
	tm := benchTeam(b)
	ann, annS := tm.member("ann", RoleMember)
	start(b, tm.owner, tm.boss)
	start(b, ann, annS)
	tm.waitSynced(30*time.Second, tm.owner, ann)
	ctx := context.Background()
	goal := goalIDs(b, ann)[0]
	ownerGoal := localID(b, tm.owner, ann, "goals", goal)
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := float64(1000 + i)
		c := app.CheckIn{GoalID: goal, PeriodKey: "2023-Q3", Value: v, Confidence: 5}
		began := time.Now()
		if err := ann.PutCheckIn(ctx, &c); err != nil {
			b.Fatal(err)
		}
		for {
			got, err := tm.owner.CheckInByPeriod(ctx, ownerGoal, "2023-Q3")
			if err == nil && got.Value == v {
				break
			}
			if time.Since(began) > 10*time.Second {
				b.Fatalf("check-in %d not seen on the other laptop in 10 s: %+v, %v", i, got, err)
			}
			time.Sleep(time.Millisecond)
		}
		lat = append(lat, time.Since(began))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)*95/100].Nanoseconds()), "p95-ns")
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "p50-ns")
}

// BenchmarkTeamCatchUp10000: a laptop that was away pulls 10,000 changes
// (one iteration is one catch-up, into a fresh copy of the laptop's file).
func BenchmarkTeamCatchUp10000(b *testing.B) {
	tm := benchTeam(b)
	ann, annS := tm.member("ann", RoleMember)
	ann.Close()
	queueFollowUps(b, tm.owner, 10000, "while away")
	ctx := context.Background()
	e, _ := newEngine(ctx, tm.owner)
	conn, err := connect(ctx, tm.boss, pw)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	if err := e.cycle(ctx, conn); err != nil {
		b.Fatal(err)
	}
	ac, err := connect(ctx, annS, pw)
	if err != nil {
		b.Fatal(err)
	}
	defer ac.Close(ctx)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st := copyFile(b, ann.Path())
		ae, _ := newEngine(ctx, st)
		b.StartTimer()
		n, err := ae.pullAll(ctx, ac)
		b.StopTimer()
		if err != nil || n < 10000 {
			b.Fatalf("pulled %d: %v", n, err)
		}
		st.Close()
		b.StartTimer()
	}
}

// copyFile opens a copy of a closed laptop's file.
func copyFile(b *testing.B, path string) *data.Store {
	src, err := data.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	dest := filepath.Join(b.TempDir(), "copy.db")
	if err := src.Backup(context.Background(), dest); err != nil {
		b.Fatal(err)
	}
	src.Close()
	st, err := data.Open(context.Background(), dest)
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkTeamDurableSave: the durable check-in save on a team file with
// its sync running, against the same save on a file of one's own, in
// turns (sync-off-ns/op).
func BenchmarkTeamDurableSave(b *testing.B) {
	productionTimings(b)
	tm := benchTeam(b)
	start(b, tm.owner, tm.boss)
	solo := openFile(b, "solo.db")
	ctx := context.Background()
	if err := sample.LoadSample(ctx, solo, "en"); err != nil {
		b.Fatal(err)
	}
	on, off := goalIDs(b, tm.owner)[0], goalIDs(b, solo)[0]
	var tOn, tOff time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for turn, st := range []*data.Store{tm.owner, solo} {
			g := []int64{on, off}[turn]
			c := app.CheckIn{GoalID: g, PeriodKey: fmt.Sprintf("2023-Q%d", 1+i%4), Value: float64(i), Confidence: 5}
			began := time.Now()
			if err := st.PutCheckIn(ctx, &c); err != nil {
				b.Fatal(err)
			}
			if turn == 0 {
				tOn += time.Since(began)
			} else {
				tOff += time.Since(began)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(tOn.Nanoseconds())/float64(b.N), "sync-on-ns/op")
	b.ReportMetric(float64(tOff.Nanoseconds())/float64(b.N), "sync-off-ns/op")
}
