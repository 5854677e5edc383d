// Package propagation follows personal data through the operations SPEC
// section 6 lists (assignment, conversion, concatenation, fmt, strings,
// strconv, buffers and builders, encoders, readers, request bodies,
// struct literals, slices, maps, channels, returns) into a transfer sink,
// and checks what carries nothing: comparisons, len and cap, %T, and the
// non-personal fields of a person-bearing value.
package propagation

import (
	"context"
	"io"
)

// Employee is a personnel record.
type Employee struct {
	ID      int64  `pd:"-"`
	Name    string `pd:"name"`
	Phone   string `pd:"phone"`
	Email   string `pd:"email"`
	Address string `pd:"address"`
	Salary  int    `pd:"pay"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Gateway is the partner's API.
type Gateway struct{}

// Send sends a text payload.
//
//hrvet:sink transfer
func (g *Gateway) Send(payload string) error { return nil }

// SendBytes sends a binary payload.
//
//hrvet:sink transfer
func (g *Gateway) SendBytes(payload []byte) error { return nil }

// SendAny encodes and sends v.
//
//hrvet:sink transfer
func (g *Gateway) SendAny(v any) error { return nil }

// Upload streams r to the partner.
//
//hrvet:sink transfer
func (g *Gateway) Upload(r io.Reader) error { return nil }

// payload is the partner's message format; its field names are not
// personal, what is stored in them may be.
type payload struct {
	To   string `json:"to" xml:"to"`
	Text string `json:"text" xml:"text"`
}

var (
	staff Directory
	gw    *Gateway
)

// loadEmployee is a repository helper: its result is a call result of a
// person-bearing type, so the data it returns originate at its call site.
func loadEmployee(ctx context.Context, id int64) (*Employee, error) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return nil, err
	}
	return e, nil
}
