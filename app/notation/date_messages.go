package notation

import (
	"pacer/app"
)

// ImportError is a user-facing import error with args as name, value pairs.
func ImportError(msg string, err error, kv ...string) *app.Error {
	e := &app.Error{Code: app.EInvalid, Message: msg, Err: err}
	if len(kv) > 0 {
		e.Args = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			e.Args[kv[i]] = kv[i+1]
		}
	}
	return e
}

// MsgImportBadDate is the message of a text ParseDate cannot read.
const MsgImportBadDate = "\"{{.Text}}\" is not a date: write dates like 2023-01-31, 31/01/2023, 2023-01 or 2023-Q1."
