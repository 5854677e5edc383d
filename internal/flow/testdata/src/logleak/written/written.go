// Package written logs personal data typed into the source: the first toy
// most people write builds an employee in main and hands it to a function
// that logs it. The report stands where the record is built, at the call;
// placeholders, numbers and booleans written in the code carry nothing.
package written

import (
	"fmt"
	"log"
)

// Employee is a personnel record.
type Employee struct {
	ID     int64  `pd:"-"`
	Name   string `pd:"name"`
	Phone  string `pd:"phone"`
	Email  string `pd:"email"`
	Salary int    `pd:"pay"`
	Remote bool   `pd:"employment"`
}

func logEmployee(e Employee) {
	log.Printf("employee %s, phone %s", e.Name, e.Phone)
}

func logPointer(e *Employee) {
	fmt.Println("mail to", e.Email)
}

func toy() {
	logEmployee(Employee{Name: "Ivan Petrov", Phone: "+7 900 123-45-67"}) // want `Employee.Name \(name\), Employee.Phone \(phone\) reach log.Printf via logleak/written.logEmployee without a redactor`
}

func assigned() {
	var e Employee
	e.Phone = "+7 900 123-45-67"
	log.Print(e.Phone) // want `Employee.Phone \(phone\) reaches log.Print without a redactor`
}

func throughPointer() {
	e := &Employee{Email: "ivan.petrov@mail.ru"}
	logPointer(e) // want `Employee.Email \(email\) reaches fmt.Println via logleak/written.logPointer without a redactor`
}

const director = "Anna Smirnova"

func namedConstant() {
	logEmployee(Employee{Name: director}) // want `Employee.Name \(name\) reaches log.Printf via logleak/written.logEmployee without a redactor`
}

func placeholders() {
	logEmployee(Employee{Name: "unknown", Phone: ""})       // OK: no one
	logEmployee(Employee{Name: "Admin", Phone: "-"})        // OK: an account, a mark
	logEmployee(Employee{Name: "n/a", Phone: "xxxxxxxxxx"}) // OK: placeholders
	logPointer(&Employee{Email: "ivan@example.com"})        // OK: a domain reserved for examples
	logPointer(&Employee{Email: "noreply@hr.example.ru"})   // OK: a no-reply sender
	logEmployee(Employee{Name: "{{.Name}}", Phone: "%s"})   // OK: templates
	logEmployee(Employee{Name: "", Phone: "0000000000"})    // OK: one digit repeated
	log.Println(Employee{Salary: 0, Remote: true}.Salary)   // OK: numbers and booleans written in the code are defaults
	log.Println(Employee{ID: 42, Name: "unknown"}.ID)       // OK: not personal
}
