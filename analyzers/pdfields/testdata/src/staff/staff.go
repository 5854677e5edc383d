// want package:`marks\(0 fields, 2 funcs, 0 types\)`

// Package staff's name says whose a bare id is.
package staff

import "context"

// Service manages employees.
type Service struct{}

func (s *Service) Dismiss(ctx context.Context, id int64) error { return nil } // want Dismiss:`decision\(inferred "dismiss"\)`

func (s *Service) Suspend(ctx context.Context, id int64) error { return nil } // want Suspend:`decision\(inferred "suspend"\)`

// Reject would reject a candidate; the id is a staff member's.
func (s *Service) Reject(ctx context.Context, id int64) error { return nil }

// Terminate takes no id: nothing says whom it terminates.
func (s *Service) Terminate(ctx context.Context, reason string) error { return nil }
