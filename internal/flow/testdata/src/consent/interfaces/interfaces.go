// Package interfaces sends personal data through interface methods: a
// //hrvet:sink on an interface method makes every call through the
// interface a sink, including through embedding interfaces and type
// assertions. Calls to a concrete type are judged by its own body.
package interfaces

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Pusher pushes contacts to the CRM.
type Pusher interface {
	// Push sends a contact.
	//
	//hrvet:sink transfer
	Push(ctx context.Context, email string) error
}

// CRMClient is a full CRM client; Push comes from Pusher.
type CRMClient interface {
	Pusher
	Close() error
}

// Exporter exports whole records.
type Exporter interface {
	// Export sends e to the payroll provider.
	//
	//hrvet:sink transfer
	Export(ctx context.Context, e *Employee) error
}

// Index looks contacts up; it sends nothing anywhere.
type Index interface {
	Lookup(email string) (int64, bool)
}

// httpPusher implements Pusher over HTTP.
type httpPusher struct {
	url string
}

// Push posts the contact.
func (p *httpPusher) Push(ctx context.Context, email string) error {
	resp, err := http.Post(p.url, "text/plain", strings.NewReader(email)) // OK: email comes from the callers
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// memoryPusher implements Pusher in memory, for tests.
type memoryPusher struct {
	pushed []string
}

// Push records the contact.
func (m *memoryPusher) Push(ctx context.Context, email string) error {
	m.pushed = append(m.pushed, email)
	return nil
}

// Registry is the table of written consents.
type Registry struct{ granted map[int64]bool }

// Has reports whether the employee agreed.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64) bool { return r.granted[employeeID] }

var (
	staff    Directory
	reg      *Registry
	pusher   Pusher
	crm      CRMClient
	exporter Exporter
	index    Index
	// ErrNoConsent says no written consent is on file.
	ErrNoConsent = errors.New("no written consent on file")
)

func throughInterface(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return pusher.Push(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(consent/interfaces\.Pusher\)\.Push without a consent check`
}

func throughEmbeddingInterface(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	defer crm.Close()
	return crm.Push(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(consent/interfaces\.Pusher\)\.Push without a consent check`
}

func throughTypeAssertion(ctx context.Context, id int64, sink any) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if p, ok := sink.(Pusher); ok {
		return p.Push(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(consent/interfaces\.Pusher\)\.Push without a consent check`
	}
	return nil
}

func wholeRecord(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return exporter.Export(ctx, e) // want `Employee\.Email \(email\).* reach.* \(consent/interfaces\.Exporter\)\.Export without a consent check`
}

func concreteOverHTTP(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	p := &httpPusher{url: "https://crm.example.com/contacts"}
	return p.Push(ctx, e.Email) // want `Employee\.Email \(email\) reaches net/http\.Post via \(\*consent/interfaces\.httpPusher\)\.Push without a consent check`
}

func writerHoldingConn(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	conn, err := net.Dial("tcp", "crm.example.com:9000")
	if err != nil {
		return err
	}
	defer conn.Close()
	var w io.Writer = conn
	_, err = io.WriteString(w, e.Email) // TODO(want) `Employee\.Email \(email\) reaches` -- the static type is io.Writer; the net.Conn behind it is not tracked
	return err
}

// --- guarded, or not a sink -------------------------------------------------

func throughInterfaceGuarded(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID) {
		return ErrNoConsent
	}
	return pusher.Push(ctx, e.Email) // OK: checked
}

func concreteInMemory(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	m := &memoryPusher{}
	return m.Push(ctx, e.Email) // OK: the concrete type keeps the contact in memory; the directive is on the interface method
}

func interfaceWithoutSink(ctx context.Context, id int64) bool {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return false
	}
	_, ok := index.Lookup(e.Email) // OK: Index.Lookup is not a sink
	return ok
}
