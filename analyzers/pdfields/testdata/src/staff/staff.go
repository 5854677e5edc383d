// want package:`marks\(0 fields, 2 funcs, 0 types\)`

// Package staff's name does not say whose a bare id is; a receiver's
// type name does.
package staff

import "context"

// Service manages something; its name does not say what.
type Service struct{}

// Dismiss may dismiss a notification as well as an employee.
func (s *Service) Dismiss(ctx context.Context, id int64) error { return nil }

// Fire may fire an event.
func Fire(s *Service, id int64) error { return nil }

// EmployeeService manages employees.
type EmployeeService struct{}

func (s *EmployeeService) Dismiss(ctx context.Context, id int64) error { return nil } // want Dismiss:`decision\(inferred "dismiss"\)`

func (s *EmployeeService) Suspend(ctx context.Context, id int64) error { return nil } // want Suspend:`decision\(inferred "suspend"\)`

// Reject would reject a candidate; the id is an employee's.
func (s *EmployeeService) Reject(ctx context.Context, id int64) error { return nil }

// Terminate takes no id: nothing says whom it terminates.
func (s *EmployeeService) Terminate(ctx context.Context, reason string) error { return nil }
