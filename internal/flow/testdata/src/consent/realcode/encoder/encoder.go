// Package encoder posts a payload encoded by a generated MarshalJSON,
// reduced from a public mailing-list manager whose webhook messenger
// encodes with easyjson: what goes into the writer (w.String(v.Email))
// is in the bytes it builds.
package encoder

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/mailru/easyjson/jwriter"
)

// Applicant applies for a job.
type Applicant struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
}

type payload struct {
	ID    int64
	Email string
}

// MarshalJSON is as easyjson generates it.
func (v payload) MarshalJSON() ([]byte, error) {
	w := jwriter.Writer{}
	w.RawString(`{"email":`)
	w.String(v.Email)
	w.RawByte('}')
	return w.Buffer.BuildBytes(), w.Error
}

// Post posts the address of the applicant the request holds.
func Post(r *http.Request, url string) error {
	var a Applicant
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		return err
	}
	b, err := payload{Email: a.Email}.MarshalJSON()
	if err != nil {
		return err
	}
	_, err = http.Post(url, "application/json", bytes.NewReader(b)) // want `Applicant.Email \(email\) reaches net/http.Post without a consent check`
	return err
}

// PostID posts the ID only.
func PostID(r *http.Request, url string) error {
	var a Applicant
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		return err
	}
	b, err := payload{ID: a.ID}.MarshalJSON()
	if err != nil {
		return err
	}
	_, err = http.Post(url, "application/json", bytes.NewReader(b))
	return err
}
