package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The window test starts the real binary in a real X server (Xvfb), finds its
// window by title, takes a screenshot and checks that Pacer drew something.
// It runs when PACER_WINDOW_TEST=1 (make test sets it); then a missing tool
// is a failure, not a skip. PACER_SHOT_DIR keeps the screenshots.

func TestWindow(t *testing.T) {
	required := os.Getenv("PACER_WINDOW_TEST") == "1"
	if !required {
		t.Skip("set PACER_WINDOW_TEST=1 (make test does) to run the window test")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("the window test needs %s: %v", tool, err)
		}
	}
	bin := buildBinary(t, ".")
	display := startXvfb(t)

	t.Run("MainWindowEnglish", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "new folder", "pacer.db")
		p := startPacer(t, bin, display, "--db", db, "--lang", "en")
		img := captureWindow(t, display, "Pacer", "main-en.png")
		assertDrawn(t, img)
		stopPacer(t, p, 0)
		if _, err := os.Stat(db); err != nil {
			t.Errorf("database not created: %v", err)
		}
	})
	t.Run("MainWindowChinese", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "pacer.db")
		p := startPacer(t, bin, display, "--db", db, "--lang", "zh")
		img := captureWindow(t, display, "Pacer", "main-zh.png")
		assertDrawn(t, img)
		stopPacer(t, p, 0)
	})
	t.Run("RestoredSizeFitsTheScreen", func(t *testing.T) {
		testRestoredSizeFitsTheScreen(t, bin, display)
	})
	t.Run("NotADatabase", func(t *testing.T) {
		junk := filepath.Join(t.TempDir(), "notes.db")
		content := []byte("these are my notes, not a database\n")
		if err := os.WriteFile(junk, content, 0o644); err != nil {
			t.Fatal(err)
		}
		p := startPacer(t, bin, display, "--db", junk, "--lang", "en")
		img := captureWindow(t, display, "Pacer cannot open its database", "open-error.png")
		assertDrawn(t, img)
		stopPacer(t, p, 1)
		after, err := os.ReadFile(junk)
		if err != nil || !bytes.Equal(after, content) {
			t.Errorf("the file that is not a database was changed (err %v)", err)
		}
	})
}

// testRestoredSizeFitsTheScreen starts Pacer with a window size saved on
// a larger monitor (1600×1000) on the test's 1280×800 screen: the window
// must come up inside the screen, whole, rather than run off its edges.
func testRestoredSizeFitsTheScreen(t *testing.T, bin, display string) {
	home := t.TempDir()
	prefs := filepath.Join(home, "fyne", appID, "preferences.json")
	if err := os.MkdirAll(filepath.Dir(prefs), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(prefs, []byte(`{"window.width":1600,"window.height":1000}`), 0o644); err != nil {
		t.Fatal(err)
	}
	p := startPacerHome(t, bin, display, home, "--db", filepath.Join(t.TempDir(), "pacer.db"), "--lang", "en")
	assertDrawn(t, captureWindow(t, display, "Pacer", "restored-size.png"))
	out, err := xcmd(context.Background(), display, "xdotool", "search", "--onlyvisible", "--name", "^Pacer$").Output()
	if err != nil {
		t.Fatalf("find the window: %v", err)
	}
	screen := image.Rect(0, 0, 1280, 800)
	if b := windowGeometry(t, display, strings.Fields(string(out))[0]); !b.In(screen) || b.Dx() < 1000 || b.Dy() < 600 {
		t.Errorf("window at %v on a screen of %v: want it inside, and no smaller than its first size", b, screen)
	}
	stopPacer(t, p, 0)
}

// buildBinary builds the package pkg ("." for Pacer) into a temporary file.
func buildBinary(t testing.TB, pkg string) string {
	t.Helper()
	name := "pacer"
	if pkg != "." {
		name = filepath.Base(pkg)
	}
	bin := filepath.Join(t.TempDir(), name)
	out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startXvfb starts an X server on a display it picks itself (-displayfd),
// with the extra Xvfb options given, and returns the display's name. The
// server stops when the test ends, politely first so that it removes its
// socket and lock file: a killed Xvfb leaves them behind, and enough of
// those once left no display free for the next run.
func startXvfb(t testing.TB, extra ...string) string {
	t.Helper()
	numberR, numberW, err := os.Pipe()
	if err != nil {
		t.Fatalf("pipe for Xvfb: %v", err)
	}
	defer numberR.Close()
	args := append([]string{"-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp"}, extra...)
	cmd := exec.Command("Xvfb", args...)
	cmd.ExtraFiles = []*os.File{numberW}
	var logs bytes.Buffer
	cmd.Stderr = &logs
	err = cmd.Start()
	numberW.Close()
	if err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	t.Cleanup(func() { stopXvfb(cmd) })
	number, err := readDisplayNumber(numberR, 15*time.Second)
	if err != nil {
		stopXvfb(cmd) // before reading what it wrote
		t.Fatalf("Xvfb gave no display: %v\n%s", err, logs.String())
	}
	return ":" + number
}

// readDisplayNumber reads the display number Xvfb writes to its -displayfd
// once it is ready for clients.
func readDisplayNumber(r *os.File, limit time.Duration) (string, error) {
	_ = r.SetReadDeadline(time.Now().Add(limit))
	var text []byte
	buf := make([]byte, 16)
	for !bytes.Contains(text, []byte("\n")) {
		n, err := r.Read(buf)
		text = append(text, buf[:n]...)
		if err != nil {
			return "", fmt.Errorf("read the display number: %w", err)
		}
	}
	number := strings.TrimSpace(string(text))
	if _, err := strconv.Atoi(number); err != nil {
		return "", fmt.Errorf("display number %q: %w", number, err)
	}
	return number, nil
}

// stopXvfb asks Xvfb to end and waits; it kills it after five seconds.
func stopXvfb(cmd *exec.Cmd) {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// pacerProcess is a running Pacer (or bare window) started by a test. One
// goroutine waits on it from the start, so that stopping it and the test's
// clean-up read its exit through a channel rather than both calling Wait.
type pacerProcess struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed once err holds the exit
	err    error
	logs   bytes.Buffer // read only after exited is closed
}

func startPacer(t testing.TB, bin, display string, args ...string) *pacerProcess {
	t.Helper()
	return startPacerHome(t, bin, display, t.TempDir(), args...)
}

// startPacerHome is startPacer with home as the home and config folder,
// where Fyne keeps Pacer's preferences (fyne/<app ID>/preferences.json).
func startPacerHome(t testing.TB, bin, display, home string, args ...string) *pacerProcess {
	t.Helper()
	p := &pacerProcess{cmd: exec.Command(bin, args...), exited: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+home)
	p.cmd.Stdout, p.cmd.Stderr = &p.logs, &p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start pacer: %v", err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			t.Logf("pacer output:\n%s", p.logs.String())
		}
	})
	return p
}

// kill stops the process at once, if it still runs, and waits for it.
func (p *pacerProcess) kill() {
	select {
	case <-p.exited:
	default:
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

// captureWindow waits for the window titled title, lets it draw, and returns
// the part of a root-window screenshot that the window covers.
func captureWindow(t *testing.T, display, title, name string) image.Image {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	out, err := xcmd(ctx, display, "xdotool", "search", "--sync", "--onlyvisible", "--name", "^"+title+"$").Output()
	if err != nil {
		t.Fatalf("no window titled %q appeared: %v", title, err)
	}
	id := strings.Fields(string(out))[0]
	geo := windowGeometry(t, display, id)
	var img image.Image
	// A new GL window can take a moment to draw its first frame.
	waitFor(20*time.Second, func() bool {
		img = screenshot(t, display, name)
		return distinctColors(crop(img, geo)) > 8
	})
	return crop(img, geo)
}

func xcmd(ctx context.Context, display, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	return cmd
}

func windowGeometry(t testing.TB, display, id string) image.Rectangle {
	t.Helper()
	out, err := xcmd(context.Background(), display, "xdotool", "getwindowgeometry", "--shell", id).Output()
	if err != nil {
		t.Fatalf("window geometry: %v", err)
	}
	v := map[string]int{}
	for _, line := range strings.Fields(string(out)) {
		k, val, ok := strings.Cut(line, "=")
		if n, err := strconv.Atoi(val); ok && err == nil {
			v[k] = n
		}
	}
	if v["WIDTH"] < 400 || v["HEIGHT"] < 200 {
		t.Fatalf("window is too small: %dx%d", v["WIDTH"], v["HEIGHT"])
	}
	return image.Rect(v["X"], v["Y"], v["X"]+v["WIDTH"], v["Y"]+v["HEIGHT"])
}

func screenshot(t *testing.T, display, name string) image.Image {
	t.Helper()
	dir := os.Getenv("PACER_SHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, name)
	if out, err := xcmd(context.Background(), display, "import", "-window", "root", path).CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v\n%s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	return img
}

func crop(img image.Image, r image.Rectangle) image.Image {
	if sub, ok := img.(interface {
		SubImage(image.Rectangle) image.Image
	}); ok {
		return sub.SubImage(r.Intersect(img.Bounds()))
	}
	return img
}

// assertDrawn fails unless the window shows a real picture: many colours, and
// no single colour covering nearly all of it (a blank or black window).
func assertDrawn(t *testing.T, img image.Image) {
	t.Helper()
	counts := map[uint32]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			counts[(r>>8)<<16|(g>>8)<<8|bl>>8]++
		}
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	total := b.Dx() * b.Dy()
	if len(counts) < 16 || float64(most)/float64(total) > 0.97 {
		t.Fatalf("window looks blank: %d colours, the commonest covers %.1f%%", len(counts), 100*float64(most)/float64(total))
	}
}

func distinctColors(img image.Image) int {
	seen := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
		}
	}
	return len(seen)
}

// stopPacer asks Pacer to quit as a desktop session would at logout
// (SIGTERM) and checks that it exits with want in good time. One that does
// not is sent SIGQUIT, so that Go prints every goroutine's stack into the
// output the test logs.
func stopPacer(t testing.TB, p *pacerProcess, want int) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("signal pacer: %v", err)
	}
	select {
	case <-p.exited:
	case <-time.After(15 * time.Second):
		_ = p.cmd.Process.Signal(syscall.SIGQUIT)
		select {
		case <-p.exited:
		case <-time.After(5 * time.Second):
		}
		t.Fatal("pacer did not exit within 15 s of SIGTERM (its stacks, from SIGQUIT, are in its output)")
	}
	code := 0
	var exit *exec.ExitError
	if errors.As(p.err, &exit) {
		code = exit.ExitCode()
	} else if p.err != nil {
		t.Fatalf("wait for pacer: %v", p.err)
	}
	if code != want {
		t.Errorf("pacer exited with %d, want %d", code, want)
	}
}

func waitFor(limit time.Duration, ok func() bool) bool {
	return poll(limit, 200*time.Millisecond, ok)
}

// poll calls ok every interval until it holds or limit has passed.
func poll(limit, interval time.Duration, ok func() bool) bool {
	deadline := time.Now().Add(limit)
	for {
		if ok() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(interval)
	}
}
