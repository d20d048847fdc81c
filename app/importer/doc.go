// Package importer reads the files owners keep their figures in (CSV and
// TSV in any common encoding and separator, XLSX, XLS and ODS) and plans
// their import: it finds the table, its date, goal and value columns, a
// report turned on its side, blocks and subtotals, reads each cell's
// date and number in the file's conventions, and rolls rows up to each
// goal's periods, with every row it refuses and why. Nothing is written
// here: the plan is applied by the store in one transaction.
package importer
