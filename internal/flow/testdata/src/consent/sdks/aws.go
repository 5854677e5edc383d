package sdks

import (
	"context"
	"strconv"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	sestypes "github.com/aws/aws-sdk-go-v2/service/ses/types"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sesv2types "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func snsPublish(ctx context.Context, c *sns.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, err = c.Publish(ctx, &sns.PublishInput{ // want `Employee\.Name \(name\) reaches \(\*github\.com/aws/aws-sdk-go-v2/service/sns\.Client\)\.Publish without a consent check`
		TopicArn: aws.String("arn:aws:sns:eu-central-1:1:staff"),
		Message:  aws.String(e.Name + " joined the team"),
	})
	return err
}

func snsPublishIDOnly(ctx context.Context, c *sns.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, err = c.Publish(ctx, &sns.PublishInput{ // OK: only the ID
		TopicArn: aws.String("arn:aws:sns:eu-central-1:1:staff"),
		Message:  aws.String("employee " + strconv.FormatInt(e.ID, 10) + " updated"),
	})
	return err
}

func sqsSend(ctx context.Context, c *sqs.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	body := `{"email":"` + e.Email + `"}`
	_, err = c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("https://sqs/staff"), MessageBody: &body}) // want `Employee\.Email \(email\) reaches \(\*github\.com/aws/aws-sdk-go-v2/service/sqs\.Client\)\.SendMessage without a consent check`
	return err
}

func sesSend(ctx context.Context, c *ses.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	in := &ses.SendEmailInput{
		Source:      aws.String("hr@example.com"),
		Destination: &sestypes.Destination{ToAddresses: []string{e.Email}},
		Message: &sestypes.Message{
			Subject: &sestypes.Content{Data: aws.String("Payslip")},
			Body:    &sestypes.Body{Text: &sestypes.Content{Data: aws.String("Your payslip is ready.")}},
		},
	}
	_, err = c.SendEmail(ctx, in) // want `Employee\.Email \(email\) reaches \(\*github\.com/aws/aws-sdk-go-v2/service/ses\.Client\)\.SendEmail without a consent check`
	return err
}

func sesV2Send(ctx context.Context, c *sesv2.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	in := &sesv2.SendEmailInput{
		FromEmailAddress: aws.String("hr@example.com"),
		Destination:      &sesv2types.Destination{ToAddresses: []string{e.Email}},
	}
	_, err = c.SendEmail(ctx, in) // want `Employee\.Email \(email\) reaches \(\*github\.com/aws/aws-sdk-go-v2/service/sesv2\.Client\)\.SendEmail without a consent check`
	return err
}

func s3Put(ctx context.Context, c *s3.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, err = c.PutObject(ctx, &s3.PutObjectInput{ // want `Employee\.Passport \(govid\) reaches \(\*github\.com/aws/aws-sdk-go-v2/service/s3\.Client\)\.PutObject without a consent check`
		Bucket: aws.String("partner-scans"),
		Key:    aws.String(strconv.FormatInt(e.ID, 10) + ".txt"),
		Body:   strings.NewReader(e.Passport),
	})
	return err
}

func s3Upload(ctx context.Context, u *manager.Uploader, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, err = u.Upload(ctx, &s3.PutObjectInput{Bucket: aws.String("partner"), Body: strings.NewReader(e.Phone)}) // want `Employee\.Phone \(phone\) reaches \(github\.com/aws/aws-sdk-go-v2/feature/s3/manager\.Uploader\)\.Upload without a consent check`
	return err
}
