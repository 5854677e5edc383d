package sdks

import (
	"context"
	"strconv"
	"time"

	ibm "github.com/IBM/sarama"
	shopify "github.com/Shopify/sarama"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	amqp "github.com/rabbitmq/amqp091-go"
	"github.com/segmentio/kafka-go"
	streadway "github.com/streadway/amqp"
)

func kafkaWriter(ctx context.Context, w *kafka.Writer, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	key := []byte(strconv.FormatInt(e.ID, 10))
	return w.WriteMessages(ctx, kafka.Message{Key: key, Value: []byte(e.Email)}) // want `Employee\.Email \(email\) reaches \(\*github\.com/segmentio/kafka-go\.Writer\)\.WriteMessages without a consent check`
}

func kafkaWriterIDOnly(ctx context.Context, w *kafka.Writer, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	key := []byte(strconv.FormatInt(e.ID, 10))
	return w.WriteMessages(ctx, kafka.Message{Key: key, Value: []byte("updated")}) // OK: only the ID
}

func kafkaConn(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	conn, err := kafka.DialLeader(ctx, "tcp", "kafka:9092", "staff", 0)
	if err != nil {
		return err
	}
	if _, err := conn.Write([]byte(e.Phone)); err != nil { // want `Employee\.Phone \(phone\) reaches \(\*github\.com/segmentio/kafka-go\.Conn\)\.Write without a consent check`
		return err
	}
	_, err = conn.WriteMessages(kafka.Message{Value: []byte(e.Name)}) // want `Employee\.Name \(name\) reaches \(\*github\.com/segmentio/kafka-go\.Conn\)\.WriteMessages without a consent check`
	return err
}

func saramaSync(ctx context.Context, p ibm.SyncProducer, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, _, err = p.SendMessage(&ibm.ProducerMessage{Topic: "staff", Value: ibm.StringEncoder(e.Phone)}) // want `Employee\.Phone \(phone\) reaches \(github\.com/IBM/sarama\.SyncProducer\)\.SendMessage without a consent check`
	if err != nil {
		return err
	}
	batch := []*ibm.ProducerMessage{{Topic: "staff", Value: ibm.ByteEncoder(e.Email)}}
	return p.SendMessages(batch) // want `Employee\.Email \(email\) reaches \(github\.com/IBM/sarama\.SyncProducer\)\.SendMessages without a consent check`
}

func saramaAsync(ctx context.Context, p ibm.AsyncProducer, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	p.Input() <- &ibm.ProducerMessage{Topic: "staff", Value: ibm.StringEncoder(e.Email)} // want `Employee\.Email \(email\) reaches \(github\.com/IBM/sarama\.AsyncProducer\)\.Input without a consent check`
}

func saramaShopify(ctx context.Context, p shopify.SyncProducer, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, _, err = p.SendMessage(&shopify.ProducerMessage{Topic: "staff", Value: shopify.StringEncoder(e.Name)}) // want `Employee\.Name \(name\) reaches \(github\.com/Shopify/sarama\.SyncProducer\)\.SendMessage without a consent check`
	return err
}

func natsConn(ctx context.Context, nc *nats.Conn, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := nc.Publish("staff.updated", []byte(e.Email)); err != nil { // want `Employee\.Email \(email\) reaches \(\*github\.com/nats-io/nats\.go\.Conn\)\.Publish without a consent check`
		return err
	}
	if err := nc.PublishMsg(&nats.Msg{Subject: "staff.updated", Data: []byte(e.Phone)}); err != nil { // want `Employee\.Phone \(phone\) reaches \(\*github\.com/nats-io/nats\.go\.Conn\)\.PublishMsg without a consent check`
		return err
	}
	if _, err := nc.Request("badge.issue", []byte(e.Name), time.Second); err != nil { // want `Employee\.Name \(name\) reaches \(\*github\.com/nats-io/nats\.go\.Conn\)\.Request without a consent check`
		return err
	}
	_, err = nc.RequestWithContext(ctx, "badge.lookup", []byte(e.Passport)) // want `Employee\.Passport \(govid\) reaches \(\*github\.com/nats-io/nats\.go\.Conn\)\.RequestWithContext without a consent check`
	return err
}

func natsEncoded(ctx context.Context, ec *nats.EncodedConn, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return ec.Publish("staff.updated", map[string]string{"phone": e.Phone}) // want `Employee\.Phone \(phone\) reaches \(\*github\.com/nats-io/nats\.go\.EncodedConn\)\.Publish without a consent check`
}

func natsJetStream(ctx context.Context, nc *nats.Conn, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	js, err := nc.JetStream()
	if err != nil {
		return err
	}
	_, err = js.Publish("staff", []byte(e.Email)) // want `Employee\.Email \(email\) reaches \(github\.com/nats-io/nats\.go\.JetStream\)\.Publish without a consent check`
	return err
}

func natsNewJetStream(ctx context.Context, nc *nats.Conn, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}
	_, err = js.Publish(ctx, "staff", []byte(e.Email)) // want `Employee\.Email \(email\) reaches \(github\.com/nats-io/nats\.go/jetstream\.Publisher\)\.Publish without a consent check`
	return err
}

func natsIDOnly(ctx context.Context, nc *nats.Conn, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return nc.Publish("staff.updated", []byte(strconv.FormatInt(e.ID, 10))) // OK: only the ID
}

func rabbitMQ(ctx context.Context, ch *amqp.Channel, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	msg := amqp.Publishing{ContentType: "text/plain", Body: []byte(e.Email)}
	if err := ch.PublishWithContext(ctx, "hr", "staff.updated", false, false, msg); err != nil { // want `Employee\.Email \(email\) reaches \(\*github\.com/rabbitmq/amqp091-go\.Channel\)\.PublishWithContext without a consent check`
		return err
	}
	return ch.Publish("hr", "staff.updated", false, false, amqp.Publishing{Body: []byte(e.Phone)}) // want `Employee\.Phone \(phone\) reaches \(\*github\.com/rabbitmq/amqp091-go\.Channel\)\.Publish without a consent check`
}

func rabbitMQChecked(ctx context.Context, ch *amqp.Channel, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "payroll") {
		return ErrNoConsent
	}
	return ch.PublishWithContext(ctx, "hr", "payroll", false, false, amqp.Publishing{Body: []byte(e.Email)}) // OK: checked
}

func streadwayAMQP(ctx context.Context, ch *streadway.Channel, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return ch.Publish("hr", "staff.updated", false, false, streadway.Publishing{Body: []byte(e.Name)}) // want `Employee\.Name \(name\) reaches \(\*github\.com/streadway/amqp\.Channel\)\.Publish without a consent check`
}
