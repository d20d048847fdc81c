package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"pacer/app"
	"pacer/data"
)

// benchStoreFile writes, once per benchmark, the file the window benchmark
// starts Pacer on besides an empty one: 200 weekly goals over the five
// years 2019–2023 with every week checked in (52,200 values), as the
// dashboard and review benchmarks read, and returns its path. Each start
// gets its own copy (copyFile), so that none finds another's backup.
func benchStoreFile(b *testing.B, goals int) string {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), fmt.Sprintf("%d-goals.db", goals))
	s, err := data.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	cal := app.Calendar{}
	start, end := app.NewDate(2019, 1, 1), app.NewDate(2023, 12, 31)
	weeks := cal.Periods(app.CadenceWeek, start, end)
	for i := range goals {
		base := 1000.0
		g := app.Goal{Title: fmt.Sprintf("Goal %d", i), Perspective: app.PerspectiveFinancial,
			Kind: app.KindIncrease, Unit: app.UnitCount, Aggregation: app.AggFlow, Baseline: &base,
			Target: float64(len(weeks)) * 10, Start: start, End: end, Cadence: app.CadenceWeek, PlanBy: app.CadenceQuarter}
		if err := s.SaveGoalSetup(ctx, app.GoalSetup{Goal: &g, Plan: app.SplitEven(cal, g, app.CadenceQuarter)}); err != nil {
			b.Fatal(err)
		}
		cs := make([]app.CheckIn, len(weeks))
		for j, w := range weeks {
			cs[j] = app.CheckIn{GoalID: g.ID, PeriodKey: w.Key(), Value: float64(8 + (i+j)%5), Confidence: 7}
		}
		if err := s.SaveCheckIns(ctx, cs); err != nil {
			b.Fatal(err)
		}
	}
	return path
}

// copyFile copies the database file src into a new folder and returns the copy's path.
func copyFile(b *testing.B, src string) string {
	b.Helper()
	dst := filepath.Join(b.TempDir(), filepath.Base(src))
	in, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
	return dst
}

// navOrder is the navigation's entries from the top, as screenTable lists
// them; switchOrder is the order the benchmark clicks them in, starting
// from the dashboard that Pacer opens on.
var (
	navOrder    = []string{"dashboard", "goals", "checkins", "reviews", "actions", "settings"}
	switchOrder = []string{"goals", "checkins", "reviews", "actions", "settings", "dashboard"}
)

// Where the navigation's entries are in a 1000×600 window at Fyne's own
// size (a new HOME has no other scale): the first's middle, and the step.
const navX, navFirstY, navStep = 70, 48, 39

// switchSample is one click on a navigation entry: the time until the
// screen's area first changed, and whether the screen was new to the window.
type switchSample struct {
	id    string
	took  time.Duration
	first bool
}

// switchScreens clicks each navigation entry in switchOrder, rounds times,
// in the window at geo, and times each click from the release of the
// button to the first frame with a different screen area: every fourth row
// of the screen area is read from Xvfb's frame buffer every millisecond. A
// click that changes nothing in 2 s fails. The clicks come from one
// xdotool reading its commands from a pipe (pointer), so that the time
// starts when the release is sent: a new xdotool for it, as before, took
// 10–40 ms to start and connect to the display, which was counted as
// Pacer's.
func switchScreens(b *testing.B, display string, screen *xvfbScreen, geo image.Rectangle, rounds int) []switchSample {
	b.Helper()
	area := image.Rect(geo.Min.X+160, geo.Min.Y+32, geo.Max.X, geo.Max.Y-50)
	p := startPointer(b, display)
	defer p.stop(b)
	var got []switchSample
	for round := range rounds {
		for _, id := range switchOrder {
			i := indexOf(navOrder, id)
			x, y := geo.Min.X+navX, geo.Min.Y+navFirstY+i*navStep
			p.send(b, fmt.Sprintf("mousemove %d %d", x, y))
			time.Sleep(150 * time.Millisecond) // the hover's frame is drawn, and any other
			p.send(b, "mousedown 1")
			time.Sleep(50 * time.Millisecond)
			before := screen.sample(b, area, nil)
			// A click is a tap once the button is up.
			t0 := time.Now()
			p.send(b, "mouseup 1")
			var now []byte
			changed := poll(2*time.Second, time.Millisecond, func() bool {
				now = screen.sample(b, area, now)
				return !bytes.Equal(now, before)
			})
			took := time.Since(t0)
			if !changed {
				b.Fatalf("clicking %s at (%d, %d) changed nothing on the screen in 2 s", id, x, y)
			}
			got = append(got, switchSample{id: id, took: took, first: round == 0 && id != "dashboard"})
			time.Sleep(300 * time.Millisecond) // the screen settles before the next click
		}
	}
	return got
}

// pointer is an xdotool that runs each line written to it as a command
// ("xdotool -" reads a script from its standard input line by line).
type pointer struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out bytes.Buffer
}

func startPointer(b *testing.B, display string) *pointer {
	b.Helper()
	p := &pointer{cmd: xcmd(context.Background(), display, "xdotool", "-")}
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.out
	in, err := p.cmd.StdinPipe()
	if err != nil {
		b.Fatalf("xdotool's input: %v", err)
	}
	p.in = in
	if err := p.cmd.Start(); err != nil {
		b.Fatalf("start xdotool: %v", err)
	}
	return p
}

// send writes one command to the xdotool.
func (p *pointer) send(b *testing.B, command string) {
	b.Helper()
	if _, err := io.WriteString(p.in, command+"\n"); err != nil {
		b.Fatalf("xdotool %s: %v\n%s", command, err, p.out.String())
	}
}

// stop ends the script and waits for the xdotool to exit.
func (p *pointer) stop(b *testing.B) {
	b.Helper()
	p.in.Close()
	if err := p.cmd.Wait(); err != nil {
		b.Fatalf("xdotool: %v\n%s", err, p.out.String())
	}
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// sample copies every fourth row of r from the frame buffer, mapped into
// memory on first use, into buf (grown as needed) and returns it: cheap
// enough to repeat every millisecond without taking a core from the
// program being timed.
func (s *xvfbScreen) sample(t testing.TB, r image.Rectangle, buf []byte) []byte {
	t.Helper()
	if s.mem == nil {
		m, err := syscall.Mmap(int(s.f.Fd()), 0, int(s.offset)+s.height*s.stride, syscall.PROT_READ, syscall.MAP_SHARED)
		if err != nil {
			t.Fatalf("map Xvfb's frame buffer: %v", err)
		}
		s.mem = m
		t.Cleanup(func() { syscall.Munmap(m) })
	}
	r = r.Intersect(image.Rect(0, 0, s.width, s.height))
	buf = buf[:0]
	for y := r.Min.Y; y < r.Max.Y; y += 4 {
		row := s.mem[int(s.offset)+y*s.stride:]
		buf = append(buf, row[4*r.Min.X:4*r.Max.X]...)
	}
	return buf
}
