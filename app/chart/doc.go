// Package chart draws Pacer's charts as PNG or SVG at the sizes slides and
// screens ask for: a goal's plan against its actual by period and
// cumulatively with its projection, the review's gaps and variances, the
// portfolio's attainment, a gap by dimension, and an action's before and
// after. Texts come translated from the caller; values are written as the
// screens write them. It imports no Fyne.
package chart
