package app

// The messages this package returns for the user to read: SMART
// findings (number-entry errors are package notation's). Each is an English sentence and a Go template
// at once; the UI passes it with its Args to lang.L. Placeholders are plain
// {{.Name}} fields whose values are preformatted strings, so translations
// hold no formatting logic. A finding's Fix is filled from the same Args as
// its Message.
const (
	MsgSTitleMissing         = "The goal has no title."
	MsgSVague                = "\"{{.Title}}\" is too vague: it does not say how much, where or by when."
	msgSUnspecific           = "The title names no number, scope or period."
	msgSFixTitle             = "Say what is measured, where and by when, e.g. \"In 2023 raise North-America sales by 20%\"."
	msgSNoMeasure            = "The title does not say what is measured."
	msgSFixMeasure           = "Name the measure in the title: sales, new customers, market share, costs…"
	msgSShort                = "The title is very short."
	MsgSLong                 = "The title is very long ({{.Length}} characters)."
	msgSFixLong              = "Keep the title to one line and move the details to the description."
	msgSNoOwner              = "No one owns this goal."
	msgSFixOwner             = "Name the person responsible for the goal."
	msgMKindMissing          = "The goal does not say which way its number should move."
	msgMFixKind              = "Choose increase, decrease, stay above, stay below or milestone."
	msgMUnitMissing          = "The goal has no unit."
	msgMFixUnit              = "Choose a unit: currency, count, percent or a custom unit."
	msgMCustomLabel          = "The custom unit has no name."
	msgMFixCustomLabel       = "Name the unit, e.g. kg or orders."
	msgMAggMissing           = "The goal does not say how its values add up over periods."
	msgMFixAgg               = "Choose flow for totals that add up (sales), or level for states (market share)."
	MsgMPercentFlow          = "A percentage does not add up over periods: a margin of 30% each month is not 360% a year."
	msgMFixPercentFlow       = "Choose the level (the latest value counts) for a percentage such as a margin or a market share."
	MsgMTargetNotFinite      = "The target is not a number."
	MsgMTargetMissing        = "The goal has no target."
	msgMFixTarget            = "Set how much, as a number: a value, or a change such as +20%."
	MsgMNoBaseline           = "The baseline is unknown."
	msgMFixBaseline          = "Enter where the goal starts, usually last year's value, so that progress and growth can be measured."
	MsgMNotAbove             = "An increase goal needs a target above its baseline: the target is {{.Target}}, the baseline {{.Baseline}}."
	msgMFixNotAbove          = "Raise the target, or make it a goal to stay above a line."
	MsgMNotBelow             = "A decrease goal needs a target below its baseline: the target is {{.Target}}, the baseline {{.Baseline}}."
	msgMFixNotBelow          = "Lower the target, or make it a goal to stay below a line."
	MsgMPercentRange         = "{{.Value}} lies outside 0–100%."
	msgMFixPercentRange      = "Check the value: a percent goal usually lies between 0% and 100%."
	MsgMMilestoneTarget      = "A milestone's target is 1 (done), not {{.Target}}."
	msgMFixMilestone         = "Set the target to 1."
	msgAWithin               = "The target asks for {{.Needed}} on {{.Reference}}; your best year achieved {{.Best}}."
	msgAAmbitious            = "Ambitious: the target asks for {{.Needed}} on {{.Reference}}, more than your best year ({{.Best}})."
	msgAAmbitiousAgainst     = "Ambitious: the target asks for {{.Needed}} on {{.Reference}}, and no year of your history went that way (at best {{.Best}})."
	msgAFixAmbitious         = "Agree with the team on the extra resources and actions, and set milestones to check early."
	MsgAUnrealistic          = "Unrealistic: the target asks for {{.Needed}} on {{.Reference}}, far beyond your best year ({{.Best}})."
	MsgAUnrealisticAgainst   = "Unrealistic: the target asks for {{.Needed}} on {{.Reference}}, and no year of your history went that way (at best {{.Best}})."
	msgAFixUnrealistic       = "Lower the target towards {{.Suggested}}, or reach it in stages over several years."
	MsgAUnrealisticNoHist    = "Unrealistic: the target asks for {{.Needed}} on {{.Reference}}, and no history shows such growth."
	MsgAUnrealisticNoHistCut = "Unrealistic: the target asks for {{.Needed}} on {{.Reference}}, and no history shows such a cut."
	msgAFixNoHistHigh        = "Lower the target, or add past actuals that show such growth is within reach."
	msgAFixNoHistCut         = "Raise the target, or add past actuals that show such a cut is within reach."
	msgAFixUnrealisticCut    = "Raise the target towards {{.Suggested}}, or reach it in stages over several years."
	MsgANoHistory            = "There is no history to judge whether the target is within reach."
	msgANoGrowth             = "The history holds no two full years in a row, so past growth is unknown."
	msgANoGrowthFromZero     = "Past growth is unknown: growth in percent cannot be measured from a year of zero or less ({{.Year}})."
	MsgAGrowthUndefined      = "The target cannot be measured as growth in percent on {{.Reference}}, so whether it is within reach is not judged."
	msgAFixGrowthUndefined   = "Compare the target with the amounts of past years, or set a baseline above zero."
	msgAFixHistory           = "Add past actuals by month or quarter for the last two or three years."
	msgAYearsApart           = "Your latest full year of history is {{.Year}}, {{.Years}} years before the goal's: the target asks for {{.Total}} on it in all, {{.PerYear}} a year, which is what is judged."
	msgAFixYearsApart        = "Enter a baseline, such as the year before the goal as you expect it to close, or complete that year's history."
	msgAWeeks53              = "In {{.Year}}, 53 weeks ended, one more than in a usual year: its {{.Recorded}} recorded count as {{.Counted}}, 52 weeks' worth, so that its growth compares like with like."
	msgAStayNever            = "None of the {{.Count}} past periods in your history kept to the line of {{.Target}} (at best {{.Best}})."
	msgAFixStayNever         = "Set the line nearer what the business has done, or agree on the actions that will move it there."
	msgANoReference          = "Without a baseline or a full year of history, the growth the target asks for is unknown."
	msgANoImprovement        = "The target asks for {{.Needed}} on your latest full year ({{.Reference}}): it plans no improvement."
	msgAFixNoImprovement     = "Set a target that improves on {{.Reference}}."
	msgAFloorsExceed         = "The period floors add up to {{.Floors}}, more than the target {{.Target}}: they cannot all be met together."
	msgAFixFloorsExceed      = "Lower the floors or raise the target."
	msgAFloorAbove           = "In {{.Periods}} the floor is above the period's own target."
	msgAFixFloorAbove        = "Lower those floors or raise those periods' targets."
	msgACeilingBelow         = "In {{.Periods}} the ceiling is below the period's own target."
	msgAFixCeilingBelow      = "Raise those ceilings or lower those periods' targets."
	MsgRNoPerspective        = "The goal has no perspective."
	msgRFixPerspective       = "Choose the Balanced-Scorecard perspective it serves: financial, customer, internal process, or learning and growth."
	msgRNoReason             = "The goal says neither why it matters nor which larger goal it serves."
	msgRFixReason            = "Write one sentence on why it matters, or link it to a parent goal."
	msgTNoDates              = "The goal has no start or end date."
	msgTFixDates             = "Set the start and end dates, e.g. 1 January to 31 December."
	msgTEndBeforeStart       = "The end date {{.End}} is not after the start date {{.Start}}."
	msgTFixEnd               = "Move the end date after the start date."
	msgTShort                = "The goal runs for only {{.Days}} days, too short to plan and review."
	msgTFixShort             = "Give the goal a longer span, or track it as part of a yearly goal."
	msgTLong                 = "The goal runs for more than three years."
	msgTFixLong              = "Split it into yearly goals with their own targets."
	msgTEnded                = "The end date {{.End}} has already passed."
	msgTFixEnded             = "Choose an end date in the future."
	msgTTitleYear            = "The title names {{.Years}}, but the goal runs from {{.Start}} to {{.End}}."
	msgTFixTitleYear         = "Change the dates on the plan step, or the year in the title."
	// MsgTDateUnread and MsgTFixDateUnread fail the Time-bound letter while
	// a date field (Field) names no day, in place of judging the span.
	MsgTDateUnread     = "{{.Field}} names no day yet, so the goal's span is not judged."
	MsgTFixDateUnread  = "Type the date like 2026-03-31, or pick it from the calendar."
	msgTNoCadence      = "The goal has no check-in cadence."
	msgTFixCadence     = "Choose how often values are checked in: weekly, monthly or quarterly."
	msgTCadenceTooLong = "The check-in cadence is as long as the goal, so there is nothing to review before the end."
	msgTFixCadenceLong = "Choose a shorter cadence, e.g. monthly or quarterly."
	msgTNoPlan         = "The target is not split into periods."
	msgTFixNoPlan      = "Split the target by month or quarter: evenly, or by the seasons of past years."
	msgTNotAddingUp    = "The period targets add up to {{.Total}}, not the target {{.Target}} ({{.Diff}})."
	msgTFixNotAddingUp = "Adjust the periods so that they add up to the target."
	msgTReplanned      = "The plan was re-spread after {{.Period}}: the actuals up to then and the targets after it add up to the target {{.Target}}."
	msgTNotEnding      = "The last period's target {{.Last}} is not the goal's target {{.Target}}."
	msgTFixNotEnding   = "Set the last period's target to the goal's target."
	msgTMissing        = "The plan has no target for {{.Periods}}."
	msgTFixMissing     = "Give every period of the goal a target."
	msgTExtra          = "The plan has targets outside the goal's span or period length: {{.Periods}}."
	msgTFixExtra       = "Remove those periods from the plan."
)

// Messages lists every message key this package can return, in an error
// or a SMART finding (Message and Fix), so that a test can check that each
// one has a translation.
var Messages = []string{
	msgTTitleYear, msgTFixTitleYear, MsgTDateUnread, MsgTFixDateUnread,
	MsgSTitleMissing, MsgSVague, msgSUnspecific, msgSFixTitle,
	msgSNoMeasure, msgSFixMeasure, msgSShort, MsgSLong, msgSFixLong,
	msgSNoOwner, msgSFixOwner,
	msgMKindMissing, msgMFixKind, msgMUnitMissing, msgMFixUnit,
	msgMCustomLabel, msgMFixCustomLabel, msgMAggMissing, msgMFixAgg,
	MsgMPercentFlow, msgMFixPercentFlow,
	MsgMTargetNotFinite, MsgMTargetMissing, msgMFixTarget,
	MsgMNoBaseline, msgMFixBaseline, MsgMNotAbove, msgMFixNotAbove,
	MsgMNotBelow, msgMFixNotBelow, MsgMPercentRange, msgMFixPercentRange,
	MsgMMilestoneTarget, msgMFixMilestone,
	msgAWithin, msgAAmbitious, msgAAmbitiousAgainst, msgAFixAmbitious, MsgAUnrealistic, MsgAUnrealisticAgainst,
	msgAFixUnrealistic, MsgAUnrealisticNoHist, MsgAUnrealisticNoHistCut, msgAFixNoHistHigh,
	msgAFixNoHistCut, msgAFixUnrealisticCut,
	MsgANoHistory, msgANoGrowth, msgAFixHistory, msgANoReference,
	msgANoGrowthFromZero, MsgAGrowthUndefined, msgAFixGrowthUndefined,
	msgANoImprovement, msgAFixNoImprovement, msgAYearsApart, msgAFixYearsApart, msgAWeeks53,
	msgAStayNever, msgAFixStayNever,
	msgAFloorsExceed, msgAFixFloorsExceed, msgAFloorAbove, msgAFixFloorAbove,
	msgACeilingBelow, msgAFixCeilingBelow,
	MsgRNoPerspective, msgRFixPerspective, msgRNoReason, msgRFixReason,
	msgTNoDates, msgTFixDates, msgTEndBeforeStart, msgTFixEnd,
	msgTShort, msgTFixShort, msgTLong, msgTFixLong, msgTEnded, msgTFixEnded,
	msgTNoCadence, msgTFixCadence, msgTCadenceTooLong, msgTFixCadenceLong,
	msgTNoPlan, msgTFixNoPlan, msgTNotAddingUp, msgTFixNotAddingUp, msgTReplanned,
	msgTNotEnding, msgTFixNotEnding, msgTMissing, msgTFixMissing,
	msgTExtra, msgTFixExtra,
}
