//go:build !release

package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"pacer/assets"
)

// A build that `fyne package -release` did not make carries FyneApp.toml's
// details itself (that tool compiles its own in, with the release tag).
// Without them Fyne looks for FyneApp.toml beside the program at the first
// fyne.Do and, when it finds it, scales its icon: 11 ms of every start in
// the source folder, and Fyne's thread checks on everywhere else.
func init() { fyneapp.SetMetadata(devMetadata()) }

// devMetadata is what FyneApp.toml says (TestFyneAppTomlMatchesCode).
func devMetadata() fyne.AppMetadata {
	return fyne.AppMetadata{ID: appID, Name: "Pacer", Version: version, Build: 1, Icon: assets.Icon,
		Migrations: map[string]bool{"fyneDo": true}}
}
