// Package anon exercises the anonymity analyzer.
package anon

import "staff"

// Trip is a row of the city hall's remote-work report: it claims to be
// anonymous but keeps what singles the worker out.
//
//hrvet:anonymous
type Trip struct {
	Department string
	Phone      string `json:"phone"` // want `Trip.Phone \(phone\) identifies a person, so Trip is not anonymous: data stripped of the name stay personal while a phone number, car plate or card number remains \(Convention 108 art. 2\(a\)\); drop the field or aggregate it`
	GosNomer   string // want `Trip.GosNomer \(vehicle\) identifies a person`
	Troika     string `pd:"card"` // want `Trip.Troika \(card\) identifies a person`
	SocialCard string // want `Trip.SocialCard \(card\)`
	Telefon    string // want `Trip.Telefon \(phone\)`
	Salary     int64  `pd:"pay"`   // personal, but it does not single anyone out
	BirthYear  int    `pd:"birth"` // TODO(want) quasi-identifiers: birth year with department and position may single a person out
	Days       int
	Where      struct {
		Address string // want `Trip.Where.Address \(address\)`
		Region  string
	}
}

// Wrapped keeps a whole employee record.
//
//hrvet:anonymous
type Wrapped struct {
	Emp   staff.Employee // want `Wrapped.Emp carries Employee.CarPlate \(vehicle\), Employee.Contact.City \(address\), Employee.Contact.Email \(email\) and 3 more, which identify a person, so Wrapped is not anonymous`
	Stats []Headcount    // another anonymous type answers for itself
	Boss  *staff.Contact // want `Wrapped.Boss carries Contact.City \(address\) and Contact.Email \(email\)`
}

// Headcount is really anonymous.
//
//hrvet:anonymous
type Headcount struct {
	Department string
	Remote     int
	InOffice   int
}

// Row is not claimed to be anonymous: its phone is fine here.
type Row struct {
	Department string
	Phone      string `pd:"phone"`
}

// Ignored shows //hrvet:ignore.
//
//hrvet:anonymous
type Ignored struct {
	//hrvet:ignore anonymity the phone is the city hall's switchboard, not a worker's
	Phone string `pd:"phone"`

	// want +1 `//hrvet:ignore suppresses no anonymity finding; remove anonymity from it`
	//hrvet:ignore anonymity nothing to hide
	Days int
}
