package notation

// The messages of number and target entry. Each is an English sentence
// and a Go template at once; the UI passes it with its Args to lang.L.
const (
	MsgNumber            = "Type a number such as {{.Example}}."
	MsgTarget            = "Type a target such as {{.Example}}, or a change such as +20% or +2 pp."
	MsgChangeNeedsBase   = "A change needs a baseline: enter last year's value first."
	MsgChangeFromZero    = "A change in percent cannot start from a baseline of zero."
	MsgPointsNeedPercent = "Percentage points apply only to goals measured in percent."
	MsgPercentNeedsSign  = "To change the value by a percentage, type a sign: +20% or -10%."
	MsgTargetOutOfRange  = "The target is too large."
	MsgOtherCurrency     = "\"{{.Text}}\" is in another currency than the goal's {{.Currency}}: convert it to {{.Currency}} first."
)

// Messages lists every message key of number and target entry, so that a
// test can check that each one has a translation. ParseDate's are in
// importer.ImportMessages.
var Messages = []string{
	MsgNumber, MsgTarget, MsgChangeNeedsBase, MsgChangeFromZero,
	MsgPointsNeedPercent, MsgPercentNeedsSign, MsgTargetOutOfRange, MsgOtherCurrency,
}
