// Package resend is a minimal stub of github.com/resend/resend-go/v2 for
// hrvet's tests.
package resend

// SendEmailRequest is an e-mail to send.
type SendEmailRequest struct {
	From    string   `json:"from"`
	To      []string `json:"to"`
	Subject string   `json:"subject"`
	Html    string   `json:"html,omitempty"`
	Text    string   `json:"text,omitempty"`
}

// SendEmailResponse is the answer to a send.
type SendEmailResponse struct {
	Id string `json:"id"`
}

// EmailsSvc sends e-mail.
type EmailsSvc interface {
	Send(params *SendEmailRequest) (*SendEmailResponse, error)
}

// EmailsSvcImpl is the EmailsSvc of a Client.
type EmailsSvcImpl struct{ client *Client }

// Send sends an e-mail.
func (s *EmailsSvcImpl) Send(params *SendEmailRequest) (*SendEmailResponse, error) {
	return &SendEmailResponse{}, nil
}

// Client is the API client.
type Client struct {
	ApiKey string
	Emails EmailsSvc
}

// NewClient returns a client.
func NewClient(apiKey string) *Client {
	c := &Client{ApiKey: apiKey}
	c.Emails = &EmailsSvcImpl{client: c}
	return c
}
