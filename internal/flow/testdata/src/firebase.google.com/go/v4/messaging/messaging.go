// Package messaging is a minimal stub of firebase.google.com/go/v4/messaging
// for hrvet's tests. As in the real package, the sending methods are
// declared on the unexported *fcmClient embedded in Client.
package messaging

import "context"

// Notification is the visible part of a message.
type Notification struct {
	Title string
	Body  string
}

// Message is sent to one token, topic or condition.
type Message struct {
	Data         map[string]string
	Notification *Notification
	Token        string
	Topic        string
}

// MulticastMessage is sent to several tokens.
type MulticastMessage struct {
	Tokens       []string
	Data         map[string]string
	Notification *Notification
}

// SendResponse is the result of one message of a batch.
type SendResponse struct {
	Success   bool
	MessageID string
}

// BatchResponse is the result of a batch.
type BatchResponse struct {
	SuccessCount int
	FailureCount int
	Responses    []*SendResponse
}

// Client sends messages through Firebase Cloud Messaging.
type Client struct {
	*fcmClient
}

type fcmClient struct{}

// Send sends message.
func (c *fcmClient) Send(ctx context.Context, message *Message) (string, error) { return "", nil }

// SendEach sends messages one by one.
func (c *fcmClient) SendEach(ctx context.Context, messages []*Message) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

// SendEachForMulticast sends message to each of its tokens.
func (c *fcmClient) SendEachForMulticast(ctx context.Context, message *MulticastMessage) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

// SendMulticast sends message to each of its tokens (deprecated).
func (c *fcmClient) SendMulticast(ctx context.Context, message *MulticastMessage) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}
