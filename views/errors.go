package views

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"pacer/data"
)

// userError turns err into an error whose text the user can read in their
// language: the store's message when it has one, else a general sentence
// with the technical detail.
func userError(err error) error {
	return errors.New(userMessage(err))
}

func userMessage(err error) string {
	var fe fieldError
	if errors.As(err, &fe) {
		return fe.text
	}
	var keyed interface {
		MessageKey() (string, map[string]any)
	}
	if errors.As(err, &keyed) {
		key, args := keyed.MessageKey()
		return lang.L(key, args)
	}
	var e *data.Error
	if errors.As(err, &e) && e.Message != "" {
		return lang.L(e.Message, e.Args)
	}
	return lang.L("Something went wrong: {{.Detail}}", map[string]any{"Detail": err.Error()})
}
