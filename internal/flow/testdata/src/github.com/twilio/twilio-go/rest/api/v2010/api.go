// Package openapi is a minimal stub of
// github.com/twilio/twilio-go/rest/api/v2010 for hrvet's tests:
// ApiService.CreateMessage and ApiService.CreateCall with their parameter
// builders, with the real names and signatures.
package openapi

// ApiService is the v2010 REST API.
type ApiService struct{}

// CreateMessageParams are the parameters of CreateMessage.
type CreateMessageParams struct {
	To   *string `json:"To,omitempty"`
	From *string `json:"From,omitempty"`
	Body *string `json:"Body,omitempty"`
}

// SetTo sets the recipient.
func (params *CreateMessageParams) SetTo(To string) *CreateMessageParams {
	params.To = &To
	return params
}

// SetFrom sets the sender.
func (params *CreateMessageParams) SetFrom(From string) *CreateMessageParams {
	params.From = &From
	return params
}

// SetBody sets the text.
func (params *CreateMessageParams) SetBody(Body string) *CreateMessageParams {
	params.Body = &Body
	return params
}

// ApiV2010Message is a sent message.
type ApiV2010Message struct {
	Sid *string
}

// CreateMessage sends a message.
func (c *ApiService) CreateMessage(params *CreateMessageParams) (*ApiV2010Message, error) {
	return &ApiV2010Message{}, nil
}

// CreateCallParams are the parameters of CreateCall.
type CreateCallParams struct {
	To    *string `json:"To,omitempty"`
	From  *string `json:"From,omitempty"`
	Twiml *string `json:"Twiml,omitempty"`
}

// SetTo sets the callee.
func (params *CreateCallParams) SetTo(To string) *CreateCallParams {
	params.To = &To
	return params
}

// SetTwiml sets the instructions for the call.
func (params *CreateCallParams) SetTwiml(Twiml string) *CreateCallParams {
	params.Twiml = &Twiml
	return params
}

// ApiV2010Call is a placed call.
type ApiV2010Call struct {
	Sid *string
}

// CreateCall places a call.
func (c *ApiService) CreateCall(params *CreateCallParams) (*ApiV2010Call, error) {
	return &ApiV2010Call{}, nil
}
