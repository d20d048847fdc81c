// Package agreement holds the property test that every way Pacer shows a
// goal's figures (the dashboard, the goal detail, the review table, the
// charts and the exports) gives the same number for the same goal and
// period, whatever check-ins, imports, cadence changes and re-plans came
// before. It has no code of its own.
package agreement
