// Package types is a minimal stub of
// github.com/aws/aws-sdk-go-v2/service/ses/types for hrvet's tests.
package types

// Destination lists the recipients of a message.
type Destination struct {
	ToAddresses []string
}

// Content is a piece of text with its charset.
type Content struct {
	Data    *string
	Charset *string
}

// Body is the body of a message.
type Body struct {
	Text *Content
	Html *Content
}

// Message is a subject and a body.
type Message struct {
	Subject *Content
	Body    *Body
}
