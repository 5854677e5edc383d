// Package inbound syncs a directory of staff from a partner's API,
// reduced from a public identity server: the requests carry an app key,
// a token and the partner's own user IDs; the staff records come back in
// the responses. Data received are not data sent.
package inbound

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// StaffMember is a record of the partner's directory.
type StaffMember struct {
	UserID   string `json:"userid" pd:"-"`
	Name     string `json:"name"`
	Mobile   string `json:"mobile"`
	Email    string `json:"email"`
	Title    string `json:"title"`
	DeptIDs  []int  `json:"dept_id_list"`
	Active   bool   `json:"active"`
	JobPlace string `json:"work_place"`
}

// Syncer reads the partner's directory.
type Syncer struct {
	AppKey, Secret, BaseURL string
	client                  *http.Client
}

// post sends body to the partner's method and returns the reply.
func (s *Syncer) post(method, token string, body any) ([]byte, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, s.BaseURL+method+"?access_token="+token, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// token fetches an access token for the app.
func (s *Syncer) token() (string, error) {
	reply, err := s.post("/gettoken", "", map[string]string{"appkey": s.AppKey, "appsecret": s.Secret})
	if err != nil {
		return "", err
	}
	var r struct {
		Token string `json:"access_token"`
	}
	err = json.Unmarshal(reply, &r)
	return r.Token, err
}

// members lists a department's staff.
func (s *Syncer) members(token string, dept int) ([]StaffMember, error) {
	reply, err := s.post("/user/list", token, map[string]int{"dept_id": dept, "size": 100})
	if err != nil {
		return nil, err
	}
	var r struct {
		List []StaffMember `json:"list"`
	}
	err = json.Unmarshal(reply, &r)
	return r.List, err
}

// details fetches one member's full record by the partner's user ID.
func (s *Syncer) details(token, userID string) (*StaffMember, error) {
	reply, err := s.post("/user/get", token, map[string]string{"userid": userID})
	if err != nil {
		return nil, err
	}
	m := new(StaffMember)
	err = json.Unmarshal(reply, m)
	return m, err
}

// Members reads every member of the departments, with their details.
func (s *Syncer) Members(depts []int) ([]*StaffMember, error) {
	token, err := s.token()
	if err != nil {
		return nil, err
	}
	seen := map[string]*StaffMember{}
	for _, d := range depts {
		list, err := s.members(token, d) // OK: sends the token and a department number
		if err != nil {
			return nil, err
		}
		for _, m := range list {
			if _, ok := seen[m.UserID]; ok {
				continue
			}
			full, err := s.details(token, m.UserID) // OK: sends the partner's own user ID
			if err != nil {
				full = &m
			}
			full.Title = strings.TrimSpace(full.Title)
			seen[m.UserID] = full
		}
	}
	out := make([]*StaffMember, 0, len(seen))
	for _, m := range seen {
		out = append(out, m)
	}
	return out, nil
}
