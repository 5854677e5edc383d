// Package three imports top, which imports mid, which imports hr: the
// data and roles it uses are declared three imports down.
package three

import (
	"bytes"
	"encoding/json"
	"net/http"

	"layered/top"
)

const crm = "https://crm.example.com/contacts"

// contact is what the CRM takes.
type contact struct {
	Name  string `json:"name"`
	Phone string `json:"phone"`
}

// Export sends a contact built from an employee top loads.
func Export(id int) error {
	e := top.Find(id)
	body, err := json.Marshal(contact{Name: e.FullName, Phone: e.Mobile})
	if err != nil {
		return err
	}
	resp, err := http.Post(crm, "application/json", bytes.NewReader(body)) // want `Employee.FullName \(name\), Employee.Mobile \(phone\) reach net/http.Post without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ExportChecked asks hr's register, reached through top and mid.
func ExportChecked(id int) error {
	s := top.Services()
	e := top.Find(id)
	if !s.Consents.Allowed(e.ID) {
		return nil
	}
	body, _ := json.Marshal(contact{Name: e.FullName, Phone: e.Mobile})
	_, err := http.Post(crm, "application/json", bytes.NewReader(body))
	return err
}

// Leads texts every team lead.
func Leads(ids []int) {
	sms := top.Services().SMS
	for _, id := range ids {
		lead := top.Team(id).Lead
		sms.Text(lead.Mobile, "Team meeting at ten.") // want `Employee.Mobile \(phone\) reaches \(\*layered/hr.SMS\).Text without a consent check`
	}
}

// Records publishes the names of records, promoted from hr's Employee,
// with a method value of hr's.
func Records(ids []int) {
	for _, id := range ids {
		publish := top.LoadRecord(id).Publish
		publish(crm) // want `Employee.FullName \(name\) reaches net/http.Post via \(layered/hr.Employee\).Publish without a consent check`
	}
}

// Papers hands every listed employee to mid's courier, in a deferred call.
func Papers() {
	c := top.Services().Courier
	for _, e := range top.Staff().Items {
		defer c.Deliver(&e) // want `Employee.Passport \(govid\) reaches net/http.Post via \(layered/mid.Courier\).Deliver without a consent check`
	}
}

// PapersChecked asks first.
func PapersChecked() {
	s := top.Services()
	for _, e := range top.Staff().Items {
		if s.Consents.Allowed(e.ID) {
			s.Courier.Deliver(&e)
		}
	}
}
