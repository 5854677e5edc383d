// Package top is a second layer over mid: the packages that import it
// alone have hr three imports below them.
package top

import "layered/mid"

// Employee is hr's record, through mid's alias.
type Employee = mid.Employee

// Find returns employee id by pointer.
func Find(id int) *mid.Employee { return mid.Find(id) }

// Load returns employee id by value.
func Load(id int) mid.Employee { return mid.Load(id) }

// Team returns team id, whose lead is an hr record.
func Team(id int) mid.Team { return mid.LoadTeam(id) }

// LoadRecord returns the record of employee id, which embeds hr's Employee.
func LoadRecord(id int) mid.Record { return mid.LoadRecord(id) }

// Staff returns a page of hr records.
func Staff() mid.Page[mid.Employee] { return mid.Staff() }

// Services returns mid's services, which hold hr's roles.
func Services() *mid.Services { return mid.Open() }

// Row is hr's anonymous Row.
type Row = mid.Row

// Record is mid's Record.
type Record = mid.Record
