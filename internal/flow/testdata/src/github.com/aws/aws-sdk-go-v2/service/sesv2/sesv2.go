// Package sesv2 is a minimal stub of
// github.com/aws/aws-sdk-go-v2/service/sesv2 for hrvet's tests:
// Client.SendEmail, with the real signature.
package sesv2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
)

// Options configures a Client.
type Options struct{}

// Client is the SES v2 client.
type Client struct{}

// NewFromConfig returns a client for cfg.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

// SendEmailInput is the input of SendEmail.
type SendEmailInput struct {
	Content          *types.EmailContent
	Destination      *types.Destination
	FromEmailAddress *string
}

// SendEmailOutput is the output of SendEmail.
type SendEmailOutput struct {
	MessageId *string
}

// SendEmail sends an e-mail message.
func (c *Client) SendEmail(ctx context.Context, params *SendEmailInput, optFns ...func(*Options)) (*SendEmailOutput, error) {
	return &SendEmailOutput{}, nil
}
