package main

import (
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"fyne.io/fyne/v2/lang"

	"pacer/views/widgets"
)

// databasePath picks the database file: the --db flag, else $PACER_DB, else
// the last file opened (when it still exists), else Pacer/pacer.db in the
// user's config folder.
func databasePath(flagValue, lastOpened string) (string, error) {
	if flagValue != "" {
		return filepath.Abs(flagValue)
	}
	if env := os.Getenv("PACER_DB"); env != "" {
		return filepath.Abs(env)
	}
	if lastOpened != "" {
		if _, err := os.Stat(lastOpened); err == nil {
			return lastOpened, nil
		}
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user config folder: %w", err)
	}
	return filepath.Join(dir, "Pacer", "pacer.db"), nil
}

// preferLanguage points the locale variables at the chosen language, so that
// Fyne's own texts (dialog buttons, menus) follow it too on Linux and BSD.
// A system locale of the same language is kept with its region, so that
// English on a British system still reads 01/04/2026 as 1 April; and the
// system's region is kept first (keepRegion), so that a German system shown
// in Chinese still types a decimal comma.
func preferLanguage(code string) {
	keepRegion()
	locales := map[string]string{"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}
	loc, ok := locales[code]
	if !ok || systemLanguage() == code {
		return
	}
	os.Setenv("LANGUAGE", loc)
	os.Setenv("LC_ALL", loc)
}

// keepRegion keeps the system's region (widgets.SetRegionLocale) for the
// defaults that follow it: the currency of money goals, the decimal comma
// and the order of a typed date. Only on Linux and BSD does Fyne read the
// locale from the variables that preferLanguage changes.
func keepRegion() {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "android", "js":
		return
	}
	region := regionLocale(os.Getenv)
	if region == "" {
		region = string(lang.SystemLocale())
	}
	widgets.SetRegionLocale(region)
}

// regionLocale is the locale of the region that the locale variables read
// by getenv name, "de-DE" of de_DE.UTF-8: LC_ALL, else the formats' own
// (LC_NUMERIC, LC_TIME, LC_MONETARY, which a desktop's regional formats set
// apart from the language), else LANG; "" when none names one. LANGUAGE and
// LC_MESSAGES are left out: they name languages for texts only.
func regionLocale(getenv func(string) string) string {
	for _, name := range []string{"LC_ALL", "LC_NUMERIC", "LC_TIME", "LC_MONETARY", "LANG"} {
		v := getenv(name)
		if v == "" || v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.") {
			continue
		}
		v, _, _ = strings.Cut(v, ".") // en_US.UTF-8
		v, _, _ = strings.Cut(v, "@") // de_DE@euro
		return strings.ReplaceAll(v, "_", "-")
	}
	return ""
}

// systemLanguage is the language part of the locale that Fyne reads from
// the environment ("en" of en_GB.UTF-8): the first of LC_ALL, LC_MESSAGES
// and LANG that is set, unless LANGUAGE overrides it; "" for C and POSIX.
func systemLanguage() string {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = os.Getenv(name); locale != "" {
			break
		}
	}
	if locale == "C" || locale == "POSIX" {
		return ""
	}
	if languages := os.Getenv("LANGUAGE"); languages != "" {
		locale, _, _ = strings.Cut(languages, ":")
	}
	lang, _, _ := strings.Cut(locale, "_")
	lang, _, _ = strings.Cut(lang, ".")
	return strings.ToLower(lang)
}

// quitGrace is how long Pacer may take to close its windows and its store
// after a signal to stop before the process ends anyway.
const quitGrace = 10 * time.Second

// quitOnSignal calls quit once when the process is asked to stop (at logout,
// or by kill), so that the windows close and the store is closed cleanly.
// Fyne ends its loop on the same signal, by another path; should the two
// leave the process running, it logs every goroutine's stack (the clue to
// why) and exits with code() quitGrace later, as a session manager would
// otherwise have to kill it.
func quitOnSignal(quit func(), code func() int) {
	watchSignal(quitGrace, quit, func() {
		log.Printf("pacer: still running %v after the signal to stop; stopping now. Goroutines:\n%s", quitGrace, allStacks())
		os.Exit(code())
	})
}

// watchSignal calls quit on the first SIGINT or SIGTERM, then force once
// grace has passed (unless the process has ended by then).
func watchSignal(grace time.Duration, quit, force func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ch
		quit()
		time.Sleep(grace)
		force()
	}()
}

// allStacks is the stack of every goroutine, as a panic would print them.
func allStacks() []byte {
	buf := make([]byte, 1<<20)
	return buf[:runtime.Stack(buf, true)]
}
