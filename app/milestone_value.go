package app

import (
	"math"
	"strconv"
)

// MsgMilestoneValue is the message of CheckValue for a milestone's value
// other than 0 or 1.
const MsgMilestoneValue = "{{.Value}} is not a milestone's value: enter 1 when it is done, 0 when it is not."

// CheckValue checks a check-in value v of a goal of kind k. A milestone is
// done (1) or not done (0): Progress reads any value from 1 up as done and
// anything below as not done, so a 7, 0.5 or −3 would count one way or the
// other without the user having said which. Float noise around 0 or 1 (as
// RoundTo takes away) passes; a value that is not a number is
// MsgNotFinite. Every other kind takes any number.
func CheckValue(k Kind, v float64) error {
	if k != KindMilestone {
		return nil
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Errorf(EInvalid, MsgNotFinite)
	}
	if r, err := RoundTo(v, 0); err == nil && (r == 0 || r == 1) {
		return nil
	}
	return Errorf(EInvalid, MsgMilestoneValue, "Value", strconv.FormatFloat(v, 'f', -1, 64))
}
