// Package queue logs what workers receive from their queues, reduced
// from a public mailing-list manager whose campaign worker receives
// messages from a channel of the manager. Whoever sent a message is not
// the worker's caller: what it receives is input, and the personal data
// read from it originate at the read.
package queue

import (
	"encoding/json"
	"log"
	"net/http"
)

// Employee is a member of staff.
type Employee struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
}

// Worker mails employees from its queue.
type Worker struct {
	jobs chan Employee
	done chan int64
}

// Run logs each address it receives.
func (w *Worker) Run() {
	for e := range w.jobs {
		log.Printf("mailing %s", e.Email) // want `Employee.Email \(email\) reaches log.Printf without a redactor`
	}
}

// RunSelect receives in a select.
func (w *Worker) RunSelect() {
	for {
		select {
		case e, ok := <-w.jobs:
			if !ok {
				return
			}
			log.Printf("mailing %s", e.Email) // want `Employee.Email \(email\) reaches log.Printf without a redactor`
		case id := <-w.done:
			log.Printf("done %d", id)
		}
	}
}

// RunIDs logs only the IDs it receives.
func (w *Worker) RunIDs() {
	for e := range w.jobs {
		log.Printf("mailing %d", e.ID)
	}
}

// Drain logs what it receives from a channel it is given.
func Drain(jobs chan Employee) {
	e := <-jobs
	log.Print(e.Email) // want `Employee.Email \(email\) reaches log.Print without a redactor`
}

// Local logs what it sent itself: the send is the origin.
func Local(e Employee) {
	ch := make(chan string, 1)
	ch <- e.Email
	log.Print(<-ch)
}

// Caller passes an employee the request holds to Local.
func Caller(r *http.Request) {
	var e Employee
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		return
	}
	Local(e) // want `Employee.Email \(email\) reaches log.Print via logleak/realcode/queue.Local without a redactor`
}
