// Package widgets holds the Fyne widgets Pacer's screens share: the date
// entry with its calendar, selects keyed by value, the pace bar, the status
// chip, the SMART card and the chart view that draws at the size it is
// given.
package widgets
