// Package sns is a minimal stub of github.com/aws/aws-sdk-go-v2/service/sns
// for hrvet's tests: Client.Publish and Client.PublishBatch, with the real
// signatures.
package sns

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Options configures a Client.
type Options struct{}

// Client is the SNS client.
type Client struct{}

// NewFromConfig returns a client for cfg.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

// PublishInput is the input of Publish.
type PublishInput struct {
	Message  *string
	Subject  *string
	TopicArn *string
}

// PublishOutput is the output of Publish.
type PublishOutput struct {
	MessageId *string
}

// Publish sends a message to a topic or a phone number.
func (c *Client) Publish(ctx context.Context, params *PublishInput, optFns ...func(*Options)) (*PublishOutput, error) {
	return &PublishOutput{}, nil
}

// PublishBatchRequestEntry is one message of a batch.
type PublishBatchRequestEntry struct {
	Id      *string
	Message *string
}

// PublishBatchInput is the input of PublishBatch.
type PublishBatchInput struct {
	PublishBatchRequestEntries []PublishBatchRequestEntry
	TopicArn                   *string
}

// PublishBatchOutput is the output of PublishBatch.
type PublishBatchOutput struct{}

// PublishBatch sends up to ten messages to a topic.
func (c *Client) PublishBatch(ctx context.Context, params *PublishBatchInput, optFns ...func(*Options)) (*PublishBatchOutput, error) {
	return &PublishBatchOutput{}, nil
}
