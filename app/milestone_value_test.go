package app

import (
	"math"
	"testing"
)

// TestCheckValue: a milestone takes 0 and 1 only; other kinds any number.
func TestCheckValue(t *testing.T) {
	for _, tc := range []struct {
		kind Kind
		v    float64
		msg  string // "" for no error
	}{
		{KindMilestone, 0, ""}, {KindMilestone, 1, ""}, {KindMilestone, 0.1 + 0.2 + 0.7, ""},
		{KindMilestone, 7, MsgMilestoneValue}, {KindMilestone, 0.5, MsgMilestoneValue},
		{KindMilestone, -3, MsgMilestoneValue}, {KindMilestone, -1, MsgMilestoneValue},
		{KindMilestone, 1e300, MsgMilestoneValue}, {KindMilestone, math.NaN(), MsgNotFinite},
		{KindIncrease, 7, ""}, {KindStayBelow, -3, ""}, {KindDecrease, 0.5, ""},
	} {
		err := CheckValue(tc.kind, tc.v)
		switch {
		case tc.msg == "" && err != nil:
			t.Errorf("CheckValue(%s, %v) = %v, want nil", tc.kind, tc.v, err)
		case tc.msg != "" && (ErrorCode(err) != EInvalid || err.(*Error).Message != tc.msg):
			t.Errorf("CheckValue(%s, %v) = %#v, want EInvalid %q", tc.kind, tc.v, err, tc.msg)
		}
	}
}
