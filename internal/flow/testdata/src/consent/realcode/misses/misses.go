// Package misses holds, reduced from the public back ends of
// docs/realcode.md, the transfers hrvet still misses, each with why.
package misses

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Employee is a member of staff.
type Employee struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
}

// Leave is a request for leave.
type Leave struct {
	ID       int64
	Employee int64
	From, To time.Time
}

// PushLeaveDecision pushes the decision on an employee's leave to their
// phone through a push service.
func PushLeaveDecision(push *http.Client, l Leave, approved bool) error {
	body := fmt.Sprintf("Your leave from %s to %s has been approved: %v", l.From.Format("2 Jan"), l.To.Format("2 Jan"), approved)
	_, err := push.Post("https://push.example.com/send", "text/plain", bytes.NewBufferString(body)) // TODO(want) `Leave\.From` -- the dates of an identified employee's leave are employment data, but a date field says nothing of whose it is
	return err
}

// job is a queued webhook delivery.
type job struct {
	url   string
	token string
}

// Notify queues a webhook whose payload is an employee's record, encoded
// into a token; Deliver posts it.
func Notify(jobs chan<- job, e *Employee, url string) error {
	claims, err := json.Marshal(map[string]any{"email": e.Email, "exp": time.Now().Add(time.Hour).Unix()})
	if err != nil {
		return err
	}
	jobs <- job{url: url, token: base64.RawURLEncoding.EncodeToString(claims)}
	return nil
}

// Deliver posts the queued tokens.
func Deliver(jobs <-chan job) {
	for j := range jobs {
		_, _ = http.Post(j.url, "text/plain", bytes.NewBufferString(j.token)) // TODO(want) `Employee\.Email` -- the token was sent on the channel by Notify, which is not Deliver's caller: what is received is input, but job.token is not a personal field
	}
}
