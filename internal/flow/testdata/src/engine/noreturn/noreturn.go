// Package noreturn checks that a consent check guards a sink when its
// failure branch ends in a function that never returns, here or in
// another package, and not when that function may return.
package noreturn

import (
	"engine/noreturn/dep"
	"log"
	"net/http"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Phone string `pd:"phone"`
}

var staff map[int64]*Employee

// Has is a consent check.
//
//hrvet:consent
func Has(id int64) bool { return id > 0 }

func send(text string) {
	_, _ = http.Post("https://sms.example.com", "text/plain", strings.NewReader(text))
}

// fail never returns, through a function of another package.
func fail() {
	dep.Die(3)
}

func guardDie(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		dep.Die(1)
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, ok\]`
}

func guardFatal(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		dep.Fatal("no consent")
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, ok\]`
}

func guardEither(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		dep.Either(2)
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, ok\]`
}

func guardSpin(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		dep.Spin()
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, ok\]`
}

func guardLocal(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		fail()
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, ok\]`
}

func guardLogFatal(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		log.Fatalf("no consent for %d", e.ID)
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, ok\]`
}

func maybe(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		dep.Maybe(0)
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, unguarded\]`
}

func loop(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		dep.Loop(0)
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, unguarded\]`
}

func recur(id int64) {
	e := staff[id]
	if !Has(e.ID) {
		dep.Recur(0)
	}
	send(e.Phone) // want `flow Employee.Phone \(phone\) -> net/http.Post via engine/noreturn.send \[transfer, unguarded\]`
}
