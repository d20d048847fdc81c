package main

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

// databasePath picks the database file: the --db flag, else $PACER_DB, else
// Pacer/pacer.db in the user's config folder.
func databasePath(flagValue string) (string, error) {
	if flagValue != "" {
		return filepath.Abs(flagValue)
	}
	if env := os.Getenv("PACER_DB"); env != "" {
		return filepath.Abs(env)
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user config folder: %w", err)
	}
	return filepath.Join(dir, "Pacer", "pacer.db"), nil
}

// preferLanguage points the locale variables at the chosen language, so that
// Fyne's own texts (dialog buttons, menus) follow it too on Linux and BSD.
func preferLanguage(code string) {
	locales := map[string]string{"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}
	if loc, ok := locales[code]; ok {
		os.Setenv("LANGUAGE", loc)
		os.Setenv("LC_ALL", loc)
	}
}

// quitOnSignal calls quit once when the process is asked to stop, so the
// store is closed cleanly rather than the process being cut off.
func quitOnSignal(quit func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ch
		quit()
	}()
}
