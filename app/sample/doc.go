// Package sample holds the sample plan of the source article: three 2023
// North-America goals with their history, Q1 actuals, gap analyses and
// action plans, in English and Chinese, and loads it into a store.
package sample
