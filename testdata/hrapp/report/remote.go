// Package report builds the weekly remote-work report that the city hall
// demanded from employers in spring 2020.
//
// The report was called anonymous because it left out the names. It kept
// each remote worker's phone number and car plate, which single the person
// out just as well: data stripped of the name are still personal data.
package report

import (
	"cmp"
	"slices"

	"example.com/hrapp/employee"
)

// RemoteWorker is one row of the report as the city hall specified it.
//
//hrvet:anonymous
type RemoteWorker struct {
	Department string `json:"department"`
	Phone      string `json:"phone"`     // MISTAKE(anonymity): a phone number singles the worker out
	CarPlate   string `json:"car_plate"` // MISTAKE(anonymity): so does a car plate
	RemoteDays int    `json:"remote_days"`
}

// Anonymize makes a report row for an employee who worked remoteDays from
// home: it drops the name and keeps what the city hall asked for.
//
//hrvet:anonymize
func Anonymize(e employee.Employee, remoteDays int) RemoteWorker {
	return RemoteWorker{Department: e.Department, Phone: e.Phone, CarPlate: e.CarPlate, RemoteDays: remoteDays} // MISTAKE(anonymity): the result copies the phone and the car plate
}

// Headcount is what the report needed: how many people of a department
// worked from home and how many came in.
//
//hrvet:anonymous
type Headcount struct {
	Department string `json:"department"`
	Remote     int    `json:"remote"`
	InOffice   int    `json:"in_office"`
}

// Count aggregates staff by department. remoteDays maps employee IDs to the
// days they worked from home in the week.
//
//hrvet:anonymize
func Count(staff []employee.Employee, remoteDays map[int64]int) []Headcount {
	byDept := make(map[string]*Headcount)
	for _, e := range staff {
		h, ok := byDept[e.Department]
		if !ok {
			h = &Headcount{Department: e.Department}
			byDept[e.Department] = h
		}
		if remoteDays[e.ID] > 0 {
			h.Remote++
		} else {
			h.InOffice++
		}
	}
	out := make([]Headcount, 0, len(byDept))
	for _, h := range byDept {
		out = append(out, *h)
	}
	slices.SortFunc(out, func(a, b Headcount) int { return cmp.Compare(a.Department, b.Department) })
	return out // OK: counts per department, nothing that identifies anyone
}
