// Package wrap is a second layer over store: hop3 imports only wrap, so
// model is three imports below hop3.
package wrap

import "example.com/layered/store"

// Find returns the employee id, a model record, through store's alias.
func Find(id int) *store.Employee {
	return store.Find(id)
}

// Load returns the employee id by value.
func Load(id int) store.Employee {
	return store.Load(id)
}

// Record returns the record of employee id, which embeds model's Employee.
func Record(id int) store.Record {
	return store.LoadRecord(id)
}

// Profile returns the profile of employee id.
func Profile(id int) store.Profile {
	return store.LoadProfile(id)
}

// Service returns store's service.
func Service() *store.Service {
	return store.NewService()
}

// Line is model's anonymous Summary, through store's alias.
type Line = store.Line

// Rec is store's Record, which embeds model's Employee.
type Rec = store.Record
