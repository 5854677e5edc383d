// Package encoder logs the error of a generated MarshalJSON. The
// writer's Error field holds what was stored into it, not what was
// written into the writer: an error carries personal data only when
// they were formatted into it.
package encoder

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/mailru/easyjson/jwriter"
)

// Applicant applies for a job.
type Applicant struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
}

type payload struct{ Email string }

// MarshalJSON is as easyjson generates it.
func (v payload) MarshalJSON() ([]byte, error) {
	w := jwriter.Writer{}
	w.String(v.Email)
	return w.Buffer.BuildBytes(), w.Error
}

// Encode logs the encoder's error and the encoding of the applicant
// the request holds.
func Encode(r *http.Request) []byte {
	var a Applicant
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		return nil
	}
	b, err := payload{Email: a.Email}.MarshalJSON()
	if err != nil {
		log.Printf("encoding applicant %d: %v", a.ID, err)
		return nil
	}
	log.Printf("encoded %s", b) // want `Applicant.Email \(email\) reaches log.Printf without a redactor`
	return b
}
