// Package sqs is a minimal stub of github.com/aws/aws-sdk-go-v2/service/sqs
// for hrvet's tests: Client.SendMessage, with the real signature.
package sqs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Options configures a Client.
type Options struct{}

// Client is the SQS client.
type Client struct{}

// NewFromConfig returns a client for cfg.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

// SendMessageInput is the input of SendMessage.
type SendMessageInput struct {
	MessageBody *string
	QueueUrl    *string
}

// SendMessageOutput is the output of SendMessage.
type SendMessageOutput struct {
	MessageId *string
}

// SendMessage delivers a message to a queue.
func (c *Client) SendMessage(ctx context.Context, params *SendMessageInput, optFns ...func(*Options)) (*SendMessageOutput, error) {
	return &SendMessageOutput{}, nil
}
