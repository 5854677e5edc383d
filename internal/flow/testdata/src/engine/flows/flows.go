// Package flows checks the engine's flows directly: sinks the analyzers
// do not report on (store), sinks by the catalogue's rarer data rules
// (result-writer, result-chan, stdio-writer), operands of printf formats,
// consent checks in go and defer statements, and the bounds that keep a
// pathological function cheap.
package flows

import (
	"bytes"
	"database/sql"
	"fmt"
	"log"
	"net/smtp"
	"os"

	"github.com/IBM/sarama"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Phone string `pd:"phone"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(id int64) (*Employee, error)
}

var dir Directory

// Has is a consent check.
//
//hrvet:consent
func Has(id int64) bool { return id > 0 }

func get(id int64) *Employee {
	e, _ := dir.Employee(id)
	return e
}

func store(db *sql.DB, id int64) {
	e := get(id)
	_, _ = db.Exec(`UPDATE staff SET phone = $1`, e.Phone) // want `flow Employee.Phone \(phone\) -> \(\*database/sql.DB\).Exec \[store, ok\]`
}

func mail(c *smtp.Client, id int64) {
	e := get(id)
	w, err := c.Data()
	if err != nil {
		return
	}
	fmt.Fprintf(w, "Subject: payslip for %s\r\n", e.Name) // want `flow Employee.Name \(name\) -> \(\*net/smtp.Client\).Data \[transfer, unguarded\]`
	_ = w.Close()
}

func mailChecked(c *smtp.Client, id int64) {
	e := get(id)
	if !Has(e.ID) {
		return
	}
	w, _ := c.Data()
	fmt.Fprintf(w, "Subject: payslip for %s\r\n", e.Name) // want `flow Employee.Name \(name\) -> \(\*net/smtp.Client\).Data \[transfer, ok\]`
}

func publish(p sarama.AsyncProducer, id int64) {
	e := get(id)
	p.Input() <- &sarama.ProducerMessage{Topic: "staff", Value: sarama.StringEncoder(e.Phone)} // want `flow Employee.Phone \(phone\) -> \(github.com/IBM/sarama.AsyncProducer\).Input \[transfer, unguarded\]`
}

func stdio(id int64) {
	e := get(id)
	var buf bytes.Buffer
	fmt.Fprintln(&buf, e.Name)                 // a buffer is no sink
	fmt.Fprintln(os.Stderr, e.Name)            // want `flow Employee.Name \(name\) -> fmt.Fprintln \[log, unguarded\]`
	_, _ = os.Stdout.WriteString(e.Phone)      // want `flow Employee.Phone \(phone\) -> \(\*os.File\).WriteString \[log, unguarded\]`
	_, _ = os.Stdout.WriteString(buf.String()) // want `flow Employee.Name \(name\) -> \(\*os.File\).WriteString \[log, unguarded\]`
}

func formats(id int64) {
	e := get(id)
	log.Printf("record of type %T", e)
	log.Printf("%[2]s is a %[1]T", e, e.Name) // want `flow Employee.Name \(name\) -> log.Printf \[log, unguarded\]`
	log.Printf("%*d", len(e.Name), 7)
	log.Printf("%s%%", e.Phone) // want `flow Employee.Phone \(phone\) -> log.Printf \[log, unguarded\]`
}

func deferredCheck(id int64) {
	e := get(id)
	defer Has(e.ID) // want `unchecked engine/flows.Has`
	go Has(e.ID)    // want `unchecked engine/flows.Has`
}

// Node is a linked list of contacts.
type Node struct {
	Next  *Node
	Phone string `pd:"phone"`
	Rest  [4]*Node
}

func walk(head *Node) {
	for n := head; n != nil; n = n.Next {
		for _, r := range n.Rest {
			for m := r; m != nil; m = m.Next.Next.Rest[0] {
				head.Next.Next.Next.Next.Next.Next.Next = m
				log.Print(n.Phone, m.Phone) // the data come from the callers: no origin here
			}
		}
	}
}

func walkLoaded(id int64) {
	e := get(id)
	head := &Node{Phone: e.Phone}
	walk(&Node{Next: head}) // want `flow Employee.Phone \(phone\) -> log.Print via engine/flows.walk \[log, unguarded\]`
}
