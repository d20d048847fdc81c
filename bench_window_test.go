package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The window benchmark runs when PACER_BENCH_WINDOW=1 (make bench sets it).
// Each of its runs starts a program, so it counts runs itself
// (PACER_BENCH_RUNS, default 7) and ignores b.N: one pass takes far longer
// than the default -benchtime, so go test calls it once.

// windowSubject is a program whose start-up the window benchmark measures.
type windowSubject struct {
	name, title string
	bin         string
	args        func() []string
	stop        func(*pacerProcess)
	// during, when set, runs in the drawn window before it is stopped.
	during func(geo image.Rectangle)
}

// startSample is one start-up: exec to the first drawn window, the CPU
// time the program had used by then (which a busy machine does not
// inflate as it does start), and the resident memory a moment later.
type startSample struct {
	start, cpu time.Duration
	rssKB      int
}

// BenchmarkWindow starts Pacer on a new database ("pacer"), Pacer on a copy
// of a file of 200 weekly goals × 5 years ("pacer200", benchStoreFile), both
// with --lang en and a new HOME, and a bare Fyne window (testdata/barewindow,
// the floor) in turns under one Xvfb, and reports medians: of the time
// from exec until the window is mapped and drawn, of the CPU time the
// program had used by then, and of its VmRSS 1.5 s later. In each pacer200
// window it then clicks every navigation entry twice (switchScreens) and
// reports the median time from a click to the frame that shows the screen:
// a screen's first showing, which builds it, and the later ones. Xvfb runs with -fbdir, so the benchmark watches
// the frame buffer itself (a file read every 5 ms) rather than starting a
// screenshot program while the subject starts. "Drawn" is what TestWindow
// asks: more than 8 colours on the screen, where there was one, and then
// inside the window with the subject's title. PACER_SHOT_DIR keeps each
// screen as the benchmark saw it at that moment.
func BenchmarkWindow(b *testing.B) {
	if os.Getenv("PACER_BENCH_WINDOW") != "1" {
		b.Skip("set PACER_BENCH_WINDOW=1 (make bench does) to run the window benchmark")
	}
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Fatalf("the window benchmark needs %s: %v", tool, err)
		}
	}
	runs := 7
	if v := os.Getenv("PACER_BENCH_RUNS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("PACER_BENCH_RUNS=%q is not a positive number", v)
		}
		runs = n
	}
	pacer := windowSubject{name: "pacer", title: "Pacer", bin: buildBinary(b, "."),
		args: func() []string { return []string{"--db", filepath.Join(b.TempDir(), "pacer.db"), "--lang", "en"} },
		stop: func(p *pacerProcess) { stopPacer(b, p, 0) }}
	bare := windowSubject{name: "bare", title: "Bare Fyne window", bin: buildBinary(b, "./testdata/barewindow"),
		args: func() []string { return nil },
		stop: func(p *pacerProcess) { p.kill() }}
	fbdir := b.TempDir()
	display := startXvfb(b, "-br", "-fbdir", fbdir)
	screen := openScreen(b, fbdir)
	stored := benchStoreFile(b, 200)
	var switches []switchSample
	pacer200 := pacer
	pacer200.name = "pacer200"
	pacer200.args = func() []string { return []string{"--db", copyFile(b, stored), "--lang", "en"} }
	pacer200.during = func(geo image.Rectangle) {
		switches = append(switches, switchScreens(b, display, screen, geo, 2)...)
	}

	got := map[string][]startSample{}
	for range runs {
		for _, s := range []windowSubject{pacer, pacer200, bare} {
			got[s.name] = append(got[s.name], startUp(b, display, screen, s))
		}
	}
	b.ReportMetric(0, "ns/op") // the time of the whole benchmark means nothing
	reportSwitches(b, switches)
	for _, name := range []string{"pacer", "pacer200", "bare"} {
		var ms, cpu, mb []float64
		for _, r := range got[name] {
			ms = append(ms, float64(r.start)/float64(time.Millisecond))
			cpu = append(cpu, float64(r.cpu)/float64(time.Millisecond))
			mb = append(mb, float64(r.rssKB)/1024)
		}
		// One line each: go test keeps only 10 lines of a benchmark's log.
		b.Logf("%s, in run order: drawn after %.0f ms, CPU %.0f ms, VmRSS %.1f MB", name, ms, cpu, mb)
		b.ReportMetric(median(ms), name+"-start-ms")
		b.ReportMetric(median(cpu), name+"-start-cpu-ms")
		b.ReportMetric(median(mb), name+"-rss-MB")
	}
	b.ReportMetric(float64(runs), "runs")
}

// startUp starts s on a blank screen and waits for its window to be drawn,
// reads its resident memory 1.5 s later and stops it.
func startUp(b *testing.B, display string, screen *xvfbScreen, s windowSubject) startSample {
	b.Helper()
	full := image.Rect(0, 0, screen.width, screen.height)
	if !poll(10*time.Second, 10*time.Millisecond, func() bool { return screen.colors(b, full, 1) == 1 }) {
		b.Fatal("the screen is not blank before a start")
	}
	args := s.args()
	t0 := time.Now()
	p := startPacer(b, s.bin, display, args...)
	if !poll(60*time.Second, 5*time.Millisecond, func() bool { return screen.colors(b, full, 8) > 8 }) {
		b.Fatalf("%s drew nothing within 60 s", s.name)
	}
	start := time.Since(t0)
	cpu := cpuTime(b, p.cmd.Process.Pid)
	if dir := os.Getenv("PACER_SHOT_DIR"); dir != "" {
		screen.save(b, filepath.Join(dir, fmt.Sprintf("bench-%s-%d.png", s.name, t0.UnixNano())))
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := xcmd(ctx, display, "xdotool", "search", "--onlyvisible", "--name", "^"+s.title+"$").Output()
	if err != nil || len(strings.Fields(string(out))) == 0 {
		b.Fatalf("something was drawn, but no window titled %q is visible: %v", s.title, err)
	}
	geo := windowGeometry(b, display, strings.Fields(string(out))[0])
	if n := screen.colors(b, geo, 8); n <= 8 {
		b.Fatalf("the window titled %q shows only %d colours", s.title, n)
	}

	time.Sleep(1500 * time.Millisecond)
	rss := vmRSS(b, p.cmd.Process.Pid)
	if s.during != nil {
		s.during(geo)
	}
	s.stop(p)
	return startSample{start: start, cpu: cpu, rssKB: rss}
}

// xvfbScreen reads the screen of an Xvfb started with -fbdir, whose frame
// buffer is a file in XWD format: a read costs no X request and no process.
type xvfbScreen struct {
	f                     *os.File
	offset                int64 // of the first pixel
	width, height, stride int
	littleEndian          bool
	mask                  uint32
	buf                   []byte
	mem                   []byte // the frame buffer file, mapped by sample
}

func openScreen(t testing.TB, dir string) *xvfbScreen {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "Xvfb_screen0"))
	if err != nil {
		t.Fatalf("Xvfb's frame buffer: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	head := make([]byte, 100) // XWDFileHeader: 25 big-endian CARD32
	word := func(i int) uint32 { return binary.BigEndian.Uint32(head[4*i:]) }
	const xwdColorSize = 12
	var s *xvfbScreen
	// Xvfb may still be writing the file when its socket appears.
	written := poll(10*time.Second, 10*time.Millisecond, func() bool {
		if _, err := f.ReadAt(head, 0); err != nil || word(11) == 0 {
			return false
		}
		s = &xvfbScreen{f: f, offset: int64(word(0)) + int64(word(19))*xwdColorSize,
			width: int(word(4)), height: int(word(5)), stride: int(word(12)),
			littleEndian: word(7) == 0, mask: word(14) | word(15) | word(16)}
		st, err := f.Stat()
		return err == nil && st.Size() >= s.offset+int64(s.height*s.stride)
	})
	switch {
	case !written:
		t.Fatal("Xvfb wrote no frame buffer within 10 s")
	case word(11) != 32:
		t.Fatalf("Xvfb's frame buffer has %d bits per pixel, want 32", word(11))
	}
	return s
}

// colors counts the distinct colours in r, stopping at limit+1.
func (s *xvfbScreen) colors(t testing.TB, r image.Rectangle, limit int) int {
	t.Helper()
	r = r.Intersect(image.Rect(0, 0, s.width, s.height))
	if r.Empty() {
		return 0
	}
	n := r.Dy() * s.stride
	if cap(s.buf) < n {
		s.buf = make([]byte, n)
	}
	buf := s.buf[:n]
	if _, err := s.f.ReadAt(buf, s.offset+int64(r.Min.Y*s.stride)); err != nil {
		t.Fatalf("read Xvfb's frame buffer: %v", err)
	}
	order := s.order()
	seen := make([]uint32, 0, limit+1)
	for y := range r.Dy() {
		row := buf[y*s.stride:]
		for x := r.Min.X; x < r.Max.X; x++ {
			p := order.Uint32(row[4*x:]) & s.mask
			if !slices.Contains(seen, p) {
				if seen = append(seen, p); len(seen) > limit {
					return len(seen)
				}
			}
		}
	}
	return len(seen)
}

// save writes the whole screen to a PNG file, as the benchmark saw it.
func (s *xvfbScreen) save(t testing.TB, path string) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, s.width, s.height))
	buf := make([]byte, s.height*s.stride)
	if _, err := s.f.ReadAt(buf, s.offset); err != nil {
		t.Fatalf("read Xvfb's frame buffer: %v", err)
	}
	for y := range s.height {
		for x := range s.width {
			p := s.order().Uint32(buf[y*s.stride+4*x:])
			img.Set(x, y, color.RGBA{uint8(p >> 16), uint8(p >> 8), uint8(p), 255})
		}
	}
	var out bytes.Buffer
	if err := png.Encode(&out, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (s *xvfbScreen) order() binary.ByteOrder {
	if s.littleEndian {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

// vmRSS is the resident memory of process pid in kB.
func vmRSS(t testing.TB, pid int) int {
	t.Helper()
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				t.Fatalf("VmRSS of %d: %q", pid, v)
			}
			return kb
		}
	}
	t.Fatalf("no VmRSS for process %d (%v)", pid, sc.Err())
	return 0
}

// reportSwitches reports the median screen switch, first showings and
// later ones apart, and the slowest, in ms.
func reportSwitches(b *testing.B, got []switchSample) {
	var first, later, all []float64
	for _, s := range got {
		ms := float64(s.took) / float64(time.Millisecond)
		if s.first {
			first = append(first, ms)
		} else {
			later = append(later, ms)
		}
		all = append(all, ms)
	}
	b.Logf("screen switches in click order (each run: goals … dashboard twice): %.0f ms", all)
	b.Logf("first showings, median by screen: %s", firstByScreen(got))
	b.ReportMetric(median(first), "switch-first-ms")
	b.ReportMetric(median(later), "switch-ms")
	b.ReportMetric(slices.Max(all), "switch-max-ms")
}

// firstByScreen is the median first showing of each screen, in ms, in click order.
func firstByScreen(got []switchSample) string {
	by := map[string][]float64{}
	for _, s := range got {
		if s.first {
			by[s.id] = append(by[s.id], float64(s.took)/float64(time.Millisecond))
		}
	}
	var out []string
	for _, id := range switchOrder {
		if ms, ok := by[id]; ok {
			out = append(out, fmt.Sprintf("%s %.0f", id, median(ms)))
		}
	}
	return strings.Join(out, ", ")
}

// median is the middle of xs, or the mean of the middle two.
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s) == 0 {
		return 0
	}
	m := len(s) / 2
	if len(s)%2 == 0 {
		return (s[m-1] + s[m]) / 2
	}
	return s[m]
}
