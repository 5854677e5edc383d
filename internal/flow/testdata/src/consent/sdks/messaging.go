package sdks

import (
	"context"

	"firebase.google.com/go/v4/messaging"
	"github.com/sendgrid/rest"
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
	"google.golang.org/grpc"
)

func sendgridSend(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	from := mail.NewEmail("HR", "hr@example.com")
	to := mail.NewEmail("", e.Email)
	m := mail.NewSingleEmail(from, "Payslip", to, "Your payslip is ready.", "")
	client := sendgrid.NewSendClient("key")
	if _, err := client.Send(m); err != nil { // want `Employee\.Email \(email\) reaches \(\*github\.com/sendgrid/sendgrid-go\.Client\)\.Send without a consent check`
		return err
	}
	_, err = client.SendWithContext(ctx, m) // want `Employee\.Email \(email\) reaches \(\*github\.com/sendgrid/sendgrid-go\.Client\)\.SendWithContext without a consent check`
	return err
}

func sendgridRequest(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	req := sendgrid.GetRequest("key", "/v3/marketing/contacts", "")
	req.Method = rest.Post
	req.Body = []byte(`{"contacts":[{"email":"` + e.Email + `"}]}`)
	_, err = sendgrid.MakeRequest(req) // want `Employee\.Email \(email\) reaches github\.com/sendgrid/sendgrid-go\.MakeRequest without a consent check`
	return err
}

func sendgridTemplateOnly(ctx context.Context, id int64) error {
	req := sendgrid.GetRequest("key", "/v3/templates", "")
	_, err := sendgrid.API(req) // OK: nothing personal
	return err
}

func twilioMessage(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	client := twilio.NewRestClient()
	params := &openapi.CreateMessageParams{}
	params.SetTo(e.Phone)
	params.SetFrom("+70000000000")
	params.SetBody("Your shift starts at 9.")
	_, err = client.Api.CreateMessage(params) // want `Employee\.Phone \(phone\) reaches \(\*github\.com/twilio/twilio-go/rest/api/v2010\.ApiService\)\.CreateMessage without a consent check`
	return err
}

func twilioCall(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	client := twilio.NewRestClient()
	params := (&openapi.CreateCallParams{}).SetTo(e.Phone).SetTwiml("<Response><Say>Fire drill at noon.</Say></Response>")
	_, err = client.Api.CreateCall(params) // want `Employee\.Phone \(phone\) reaches \(\*github\.com/twilio/twilio-go/rest/api/v2010\.ApiService\)\.CreateCall without a consent check`
	return err
}

func twilioChecked(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "sms") {
		return ErrNoConsent
	}
	client := twilio.NewRestClient()
	params := &openapi.CreateMessageParams{}
	params.SetTo(e.Phone)
	_, err = client.Api.CreateMessage(params) // OK: checked
	return err
}

func firebasePush(ctx context.Context, c *messaging.Client, deviceToken string, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	msg := &messaging.Message{
		Token:        deviceToken,
		Notification: &messaging.Notification{Title: "Payslip", Body: e.Name + ", your payslip is ready."},
	}
	_, err = c.Send(ctx, msg) // want `Employee\.Name \(name\) reaches \(\*firebase\.google\.com/go/v4/messaging\.fcmClient\)\.Send without a consent check`
	return err
}

func firebaseMulticast(ctx context.Context, c *messaging.Client, tokens []string, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	msg := &messaging.MulticastMessage{Tokens: tokens, Data: map[string]string{"phone": e.Phone}}
	_, err = c.SendEachForMulticast(ctx, msg) // want `Employee\.Phone \(phone\) reaches \(\*firebase\.google\.com/go/v4/messaging\.fcmClient\)\.SendEachForMulticast without a consent check`
	return err
}

func firebaseNothingPersonal(ctx context.Context, c *messaging.Client, deviceToken string) error {
	_, err := c.Send(ctx, &messaging.Message{Token: deviceToken, Notification: &messaging.Notification{Title: "Fire drill at noon"}}) // OK: nothing personal
	return err
}

type contactRequest struct {
	Email string
}

type contactReply struct {
	OK bool
}

// directoryClient is what protoc-gen-go-grpc generates for a unary method.
type directoryClient struct {
	cc grpc.ClientConnInterface
}

// Publish calls /hr.Directory/Publish.
func (c *directoryClient) Publish(ctx context.Context, in *contactRequest, opts ...grpc.CallOption) (*contactReply, error) {
	out := new(contactReply)
	if err := c.cc.Invoke(ctx, "/hr.Directory/Publish", in, out, opts...); err != nil { // OK: in comes from the callers
		return nil, err
	}
	return out, nil
}

func grpcInvoke(ctx context.Context, conn *grpc.ClientConn, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	var reply contactReply
	if err := conn.Invoke(ctx, "/hr.Directory/Publish", &contactRequest{Email: e.Email}, &reply); err != nil { // want `Employee\.Email \(email\) reaches \(\*google\.golang\.org/grpc\.ClientConn\)\.Invoke without a consent check`
		return err
	}
	return grpc.Invoke(ctx, "/hr.Directory/Publish", &contactRequest{Email: e.Email}, &reply, conn) // want `Employee\.Email \(email\) reaches google\.golang\.org/grpc\.Invoke without a consent check`
}

func grpcGeneratedClient(ctx context.Context, conn *grpc.ClientConn, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	dc := &directoryClient{cc: conn}
	_, err = dc.Publish(ctx, &contactRequest{Email: e.Email}) // want `Employee\.Email \(email\) reaches \(google\.golang\.org/grpc\.ClientConnInterface\)\.Invoke via \(\*consent/sdks\.directoryClient\)\.Publish without a consent check`
	return err
}

func grpcStreams(ctx context.Context, conn *grpc.ClientConn, cs grpc.ClientStreamingClient[contactRequest, contactReply], bidi grpc.BidiStreamingClient[contactRequest, contactReply], id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	stream, err := conn.NewStream(ctx, &grpc.StreamDesc{ClientStreams: true}, "/hr.Directory/Upload")
	if err != nil {
		return err
	}
	if err := stream.SendMsg(&contactRequest{Email: e.Email}); err != nil { // want `Employee\.Email \(email\) reaches \(google\.golang\.org/grpc\.ClientStream\)\.SendMsg without a consent check`
		return err
	}
	if err := cs.Send(&contactRequest{Email: e.Email}); err != nil { // want `Employee\.Email \(email\) reaches \(google\.golang\.org/grpc\.ClientStreamingClient(\[[^]]*\])?\)\.Send without a consent check`
		return err
	}
	if err := bidi.Send(&contactRequest{Email: e.Email}); err != nil { // want `Employee\.Email \(email\) reaches \(google\.golang\.org/grpc\.BidiStreamingClient(\[[^]]*\])?\)\.Send without a consent check`
		return err
	}
	gs := &grpc.GenericClientStream[contactRequest, contactReply]{ClientStream: stream}
	return gs.Send(&contactRequest{Email: e.Email}) // want `Employee\.Email \(email\) reaches \(\*google\.golang\.org/grpc\.GenericClientStream(\[[^]]*\])?\)\.Send without a consent check`
}
