// Package inbound syncs a directory of staff from a partner's API,
// reduced from a public identity server: the requests carry an app key,
// a secret, a token and the partner's own user IDs; the staff records
// come back in the responses, and are mapped onto local accounts by a
// setter of the syncer that asks a helper of the syncer for a part of
// one value. Data received are not data sent: that helper, which the
// engine does not analyse, must not be taken to fill the syncer (and with
// it the credentials the token request sends) with the records.
package inbound

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

type Column struct{ Name, CasdoorName string }

type Syncer struct {
	User, Password string
	Organization   string
	TableColumns   []Column
}

type OriginalUser struct {
	Id, Name, DisplayName, Email, Phone, Title, Avatar string
	Groups                                             []string
}

func (s *Syncer) setUserByKeyValue(user *OriginalUser, key, value string) {
	switch key {
	case "name":
		user.Name = value
	case "email":
		user.Email = value
	case "phone":
		user.Phone = value
	case "avatar":
		user.Avatar = s.partialAvatar(value)
	}
}

func (s *Syncer) partialAvatar(u string) string {
	if len(u) > len(s.Organization) && u[:len(s.Organization)] == s.Organization {
		return u[len(s.Organization):]
	}
	return u
}

type DingtalkUser struct {
	UserId     string  `json:"userid" pd:"-"` // the partner's own ID
	Name       string  `json:"name"`
	Mobile     string  `json:"mobile"`
	Email      string  `json:"email"`
	Position   string  `json:"title"`
	Department []int64 `json:"dept_id_list"`
}

type Provider struct{ Syncer *Syncer }

func (p *Provider) token() (string, error) {
	api := fmt.Sprintf("https://oapi.example.com/gettoken?appkey=%s&appsecret=%s", url.QueryEscape(p.Syncer.User), url.QueryEscape(p.Syncer.Password))
	req, err := http.NewRequest("GET", api, nil)
	if err != nil {
		return "", err
	}
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var r struct {
		Token string `json:"access_token"`
	}
	err = json.Unmarshal(data, &r)
	return r.Token, err
}

func (p *Provider) postJSON(u string, data map[string]any) ([]byte, error) {
	body, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest("POST", u, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func (p *Provider) usersOf(token string, dept int64) ([]*DingtalkUser, error) {
	data, err := p.postJSON("https://oapi.example.com/user/list?access_token="+url.QueryEscape(token), map[string]any{"dept_id": dept, "size": 100})
	if err != nil {
		return nil, err
	}
	var r struct {
		List []*DingtalkUser `json:"list"`
	}
	err = json.Unmarshal(data, &r)
	return r.List, err
}

func (p *Provider) details(token, id string) (*DingtalkUser, error) {
	data, err := p.postJSON("https://oapi.example.com/user/get?access_token="+url.QueryEscape(token), map[string]any{"userid": id})
	if err != nil {
		return nil, err
	}
	var r struct {
		Result *DingtalkUser `json:"result"`
	}
	err = json.Unmarshal(data, &r)
	return r.Result, err
}

func (p *Provider) fieldValue(u *DingtalkUser, name string) string {
	switch name {
	case "name":
		return u.Name
	case "email":
		return u.Email
	case "mobile":
		return u.Mobile
	}
	return ""
}

func (p *Provider) groupID(dept int64) string {
	return fmt.Sprintf("%s/%d", p.Syncer.Organization, dept)
}

func (p *Provider) convert(du *DingtalkUser) *OriginalUser {
	user := &OriginalUser{Id: du.UserId}
	if len(p.Syncer.TableColumns) > 0 {
		for _, c := range p.Syncer.TableColumns {
			v := p.fieldValue(du, c.Name)
			p.Syncer.setUserByKeyValue(user, c.CasdoorName, v)
		}
	} else {
		user.Name = du.Name
		user.Email = du.Email
		user.Phone = du.Mobile
		user.Title = du.Position
	}
	for _, d := range du.Department {
		user.Groups = append(user.Groups, p.groupID(d))
	}
	return user
}

func (p *Provider) Users(depts []int64) ([]*OriginalUser, error) {
	token, err := p.token() // OK: sends the app's key and secret
	if err != nil {
		return nil, err
	}
	seen := map[string]*DingtalkUser{}
	for _, d := range depts {
		users, err := p.usersOf(token, d) // OK: sends the token and a department number
		if err != nil {
			return nil, err
		}
		for _, u := range users {
			if _, ok := seen[u.UserId]; !ok {
				full, err := p.details(token, u.UserId) // OK: sends the partner's own ID
				if err != nil {
					seen[u.UserId] = u
				} else {
					seen[u.UserId] = full
				}
			}
		}
	}
	var out []*OriginalUser
	for _, du := range seen {
		out = append(out, p.convert(du))
	}
	return out, nil
}
