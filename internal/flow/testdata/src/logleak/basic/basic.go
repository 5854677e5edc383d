// Package basic logs personal data with the standard library: package log,
// *log.Logger, fmt.Print* and fmt.Fprint* to os.Stdout and os.Stderr; and
// writes that are not logs: fmt.Fprint* to a buffer, a file or an HTTP
// response.
package basic

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// Employee is a personnel record. Name and Passport are found by
// inference.
type Employee struct {
	ID       int64  `pd:"-"`
	Name     string `json:"name"`
	Phone    string `pd:"phone"`
	Email    string `pd:"email"`
	Passport string `json:"passport"`
	DeptID   int64
}

// Department has a name and a phone of its own, but it is not a person.
type Department struct {
	Name  string
	Phone string
}

// Directory looks up records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
	Department(ctx context.Context, id int64) (*Department, error)
	Team(ctx context.Context, managerID int64) ([]*Employee, error)
}

// Journal ships log lines to the log store.
type Journal struct{}

// Write ships one line.
//
//hrvet:sink log
func (j *Journal) Write(line string) {}

// Tracer records spans.
type Tracer interface {
	// Event adds an event to the current span; spans are logs.
	//
	//hrvet:sink log
	Event(name string, attrs map[string]string)
}

var (
	staff   Directory
	journal *Journal
	tracer  Tracer
)

func declaredLogSinks(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	journal.Write("login " + e.Email)                        // want `Employee\.Email \(email\) reaches \(\*logleak/basic\.Journal\)\.Write without a redactor`
	tracer.Event("sms", map[string]string{"to": e.Phone})    // want `Employee\.Phone \(phone\) reaches \(logleak/basic\.Tracer\)\.Event without a redactor`
	tracer.Event("sms", map[string]string{"employee": "42"}) // OK: nothing personal
	journal.Write("login " + annotations.Mask(e.Email))      // OK: masked
}

func logPackage(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	log.Printf("calling %s", e.Phone) // want `Employee\.Phone \(phone\) reaches log\.Printf without a redactor \(Labour Code art\. 86 p\.7\); wrap it in annotations\.Mask or drop it`
	log.Println("new hire:", e.Name)  // want `Employee\.Name \(name\) reaches log\.Println without a redactor`
	log.Print(e.Email)                // want `Employee\.Email \(email\) reaches log\.Print without a redactor`
	if e.Passport == "" {
		log.Fatalf("no passport on file for %s", e.Name) // want `Employee\.Name \(name\) reaches log\.Fatalf without a redactor`
	}
}

func logger(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	l := log.New(os.Stderr, "hr: ", log.LstdFlags)
	l.Printf("passport %s verified", e.Passport) // want `Employee\.Passport \(govid\) reaches \(\*log\.Logger\)\.Printf without a redactor`
	log.Default().Println(e.Email)               // want `Employee\.Email \(email\) reaches \(\*log\.Logger\)\.Println without a redactor`
}

func wholeRecord(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	log.Printf("loaded %+v", e) // want `Employee\.(Name|Phone|Email|Passport) .*reach log\.Printf without a redactor`
}

func standardOutput(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	fmt.Println(e.Phone)                             // want `Employee\.Phone \(phone\) reaches fmt\.Println without a redactor`
	fmt.Printf("dear %s\n", e.Name)                  // want `Employee\.Name \(name\) reaches fmt\.Printf without a redactor`
	fmt.Print(e.Email, "\n")                         // want `Employee\.Email \(email\) reaches fmt\.Print without a redactor`
	fmt.Fprintf(os.Stderr, "sms to %s\n", e.Phone)   // want `Employee\.Phone \(phone\) reaches fmt\.Fprintf without a redactor`
	fmt.Fprintln(os.Stdout, "mail to", e.Email)      // want `Employee\.Email \(email\) reaches fmt\.Fprintln without a redactor`
	fmt.Fprint(os.Stderr, e.Name, " checked in\n")   // want `Employee\.Name \(name\) reaches fmt\.Fprint without a redactor`
	fmt.Fprintf(os.Stdout, "employee %d ok\n", e.ID) // OK: the ID is not personal
}

// --- what must stay quiet -------------------------------------------------

func notLogs(ctx context.Context, w http.ResponseWriter, f *os.File, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s <%s>", e.Name, e.Email) // OK: a buffer is not a log
	fmt.Fprintf(w, "phone: %s", e.Phone)          // OK: the response to the caller is not a log
	fmt.Fprintln(f, e.Passport)                   // OK: a file is a store, not a log

	_ = os.WriteFile("contact.txt", []byte(e.Phone), 0o600) // OK: a store sink is not a log

	if resp, err := http.Post("https://sms.example.com/send", "text/plain", strings.NewReader(e.Phone)); err == nil { // OK: a transfer is the consent analyzer's business
		resp.Body.Close()
	}
}

func harmless(ctx context.Context, id, managerID int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		log.Printf("lookup of employee %d failed: %v", id, err) // OK: an ID and an error
		return
	}
	log.Printf("employee %d updated", e.ID)          // OK: the ID is tagged pd:"-"
	log.Printf("record type %T", e)                  // OK: %T prints the type
	log.Printf("has phone: %t", e.Phone != "")       // OK: a comparison carries nothing
	log.Printf("name is %d characters", len(e.Name)) // OK: len carries nothing
	log.Printf("department %d", e.DeptID)            // OK: not personal
	if d, err := staff.Department(ctx, e.DeptID); err == nil {
		log.Printf("department %s, phone %s", d.Name, d.Phone) // OK: a department is not a person
	}
	team, err := staff.Team(ctx, managerID)
	if err == nil {
		log.Printf("%d people in the team", len(team)) // OK: a count
	}
}
