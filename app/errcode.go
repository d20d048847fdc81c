package app

import (
	"errors"
	"strings"
	"text/template"
)

// The error codes carried by Error.
const (
	EInvalid     = "invalid"      // the input breaks a rule; the message says which
	ENotFound    = "not_found"    // the record asked for does not exist
	EConflict    = "conflict"     // the record already exists (a second check-in for a period)
	ENotDatabase = "not_database" // the file is not a Pacer database, or is damaged
	ENewerSchema = "newer_schema" // the file was written by a newer Pacer
	EReadOnly    = "read_only"    // the file or its folder cannot be written
	EBusy        = "busy"         // another program held the file's write lock for longer than Pacer waits
	EFull        = "full"         // the disk is full, or the file size limit was hit: nothing was saved
	EInternal    = "internal"     // anything else: a bug or a disk failure
)

// Error is an error the user can be shown. Message is an English sentence
// and a Go template at once: the UI uses it as the translation key and
// fills it with Args. Err is the underlying cause, kept for logs.
type Error struct {
	Code    string
	Message string
	Args    map[string]any
	Err     error
}

// Error renders the message with its arguments, followed by the cause.
func (e *Error) Error() string {
	msg := e.Message
	if t, err := template.New("").Option("missingkey=error").Parse(msg); err == nil {
		var b strings.Builder
		if t.Execute(&b, e.Args) == nil {
			msg = b.String()
		}
	}
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// ErrorCode returns the code of the first Error in err's chain, "" for nil
// and EInternal for any other error.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the message template of the first Error in err's
// chain, "" for nil and MsgInternal for any other error.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	}
	return MsgInternal
}

// ErrorArgs returns the template data of the first Error in err's chain, or nil.
func ErrorArgs(err error) map[string]any {
	var e *Error
	if errors.As(err, &e) {
		return e.Args
	}
	return nil
}

// MsgInternal is the message of errors that are not an Error.
const MsgInternal = "Something went wrong inside Pacer."

// Errorf returns an Error with code, message and args given as name, value pairs.
func Errorf(code, msg string, kv ...any) *Error {
	e := &Error{Code: code, Message: msg}
	if len(kv) > 0 {
		e.Args = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			e.Args[kv[i].(string)] = kv[i+1]
		}
	}
	return e
}

// The messages of RoundTo and of the checks of decimals, which the store
// returns too.
const (
	MsgNotFinite       = "The value must be a number."
	MsgTooManyDecimals = "{{.Value}} has too many decimal places: {{.Decimals}} are kept."
	MsgWholeAmounts    = "{{.Value}} is not a whole amount: this goal counts whole amounts only."
	MsgDecimalsRange   = "Decimal places must be between 0 and 6."
	MsgTooLarge        = "{{.Value}} is too large: Pacer keeps amounts up to {{.Max}} exactly at this goal's decimal places."
)
