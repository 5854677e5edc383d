// Package dto sends data transfer objects: a DTO built from personal
// fields carries them (field by field), a DTO of a person-like type carries
// its own personal fields, and a DTO of identifiers carries nothing.
package dto

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
)

// Employee is a personnel record.
type Employee struct {
	ID     int64  `pd:"-"`
	Name   string `pd:"name"`
	Phone  string `pd:"phone"`
	DeptID int64
}

// Department is not a person.
type Department struct {
	Name  string
	Phone string
}

// Directory looks up records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
	Department(ctx context.Context, id int64) (*Department, error)
}

// EmployeeCard is the card the HR portal posts; its field names make it
// person-bearing by inference.
type EmployeeCard struct {
	FullName string `json:"full_name"`
	Phone    string `json:"phone"`
}

// smsRequest is the SMS gateway's request; its field names are not
// personal, what is stored in them may be.
type smsRequest struct {
	To   string `json:"to"`
	Text string `json:"text"`
	Meta meta   `json:"meta"`
}

type meta struct {
	Campaign string `json:"campaign"`
}

type envelope struct {
	Kind    string     `json:"kind"`
	Message smsRequest `json:"message"`
}

type auditEvent struct {
	EmployeeID int64  `json:"employee_id"`
	Action     string `json:"action"`
}

// Gateway is the partner's API.
type Gateway struct{}

// SendAny encodes and sends v.
//
//hrvet:sink transfer
func (g *Gateway) SendAny(v any) error { return nil }

// SendSMS sends a request.
//
//hrvet:sink transfer
func (g *Gateway) SendSMS(req *smsRequest) error { return nil }

var (
	staff Directory
	gw    *Gateway
)

func postJSON(url string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(body)) // OK: v comes from the callers
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// sendTo sends only the recipient of a request.
func sendTo(req smsRequest) error {
	return gw.SendAny(req.To) // OK: req comes from the callers
}

// sendText sends only the text of a request.
func sendText(req smsRequest) error {
	return gw.SendAny(req.Text) // OK: req comes from the callers
}

func dtoFromPersonalFields(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	req := smsRequest{To: e.Phone, Text: "Your payslip is ready."}
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	resp, err := http.Post("https://sms.example.com/send", "application/json", bytes.NewReader(body)) // want `Employee\.Phone \(phone\) reaches net/http\.Post without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func dtoPointer(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return gw.SendSMS(&smsRequest{To: e.Phone, Text: "Shift swap confirmed."}) // want `Employee\.Phone \(phone\) reaches \(\*consent/dto\.Gateway\)\.SendSMS without a consent check`
}

func nestedDTO(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	env := envelope{Kind: "sms", Message: smsRequest{To: e.Phone}}
	return gw.SendAny(env) // want `Employee\.Phone \(phone\) reaches \(\*consent/dto\.Gateway\)\.SendAny without a consent check`
}

func sliceOfDTOs(ctx context.Context, ids []int64) error {
	var batch []smsRequest
	for _, id := range ids {
		e, err := staff.Employee(ctx, id)
		if err != nil {
			return err
		}
		batch = append(batch, smsRequest{To: e.Phone, Text: "The office is closed tomorrow."})
	}
	return gw.SendAny(batch) // want `Employee\.Phone \(phone\) reaches \(\*consent/dto\.Gateway\)\.SendAny without a consent check`
}

func anonymousStruct(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return gw.SendAny(struct{ Recipient string }{e.Name}) // want `Employee\.Name \(name\) reaches \(\*consent/dto\.Gateway\)\.SendAny without a consent check`
}

func dtoThroughHelper(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return postJSON("https://crm.example.com/contacts", smsRequest{To: e.Phone}) // want `Employee\.Phone \(phone\) reaches net/http\.Post via consent/dto\.postJSON without a consent check`
}

func dtoFieldThroughHelper(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return sendTo(smsRequest{To: e.Phone, Text: "hello"}) // want `Employee\.Phone \(phone\) reaches \(\*consent/dto\.Gateway\)\.SendAny via consent/dto\.sendTo without a consent check`
}

func personLikeDTO(w http.ResponseWriter, r *http.Request) {
	var card EmployeeCard
	if err := json.NewDecoder(r.Body).Decode(&card); err != nil {
		http.Error(w, "bad card", http.StatusBadRequest)
		return
	}
	if err := gw.SendAny(card); err != nil { // want `EmployeeCard\.(FullName|Phone) .*reach.* \(\*consent/dto\.Gateway\)\.SendAny without a consent check`
		http.Error(w, "partner unavailable", http.StatusBadGateway)
	}
}

// --- nothing personal -------------------------------------------------------

func auditDTO(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return postJSON("https://audit.example.com/events", auditEvent{EmployeeID: e.ID, Action: "payslip-viewed"}) // OK: only the ID
}

func departmentDTO(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	d, err := staff.Department(ctx, e.DeptID)
	if err != nil {
		return err
	}
	return gw.SendAny(smsRequest{To: d.Phone, Text: d.Name + " is closed tomorrow."}) // OK: a department is not a person
}

func dtoOtherFieldThroughHelper(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return sendText(smsRequest{To: e.Phone, Text: "hello"}) // OK: sendText sends only Text
}

func dtoNestedNonPersonal(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	req := smsRequest{To: e.Phone, Meta: meta{Campaign: "onboarding-" + strconv.FormatInt(e.DeptID, 10)}}
	return gw.SendAny(req.Meta) // OK: Meta holds no personal data
}
