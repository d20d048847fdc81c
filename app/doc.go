// Package app is Pacer's domain core: periods and fiscal calendars, progress,
// expected-to-date values, status, projections, variances and number
// formatting for display.
//
// Everything here is a pure function of its arguments: no store, no clock, no
// UI. Dates come in as [data.Date] and the caller passes "today" as asOf.
// Results that the user reads are codes ([Status]) or numbers; the UI
// translates them. Ratios and progress values are fractions (0.8 means 80 %),
// while goal values keep the store's convention (a percent goal stores 8 for
// 8 %).
package app
