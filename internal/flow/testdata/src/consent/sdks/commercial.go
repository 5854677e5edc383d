package sdks

import (
	"context"
	"strconv"

	"github.com/amplitude/analytics-go/amplitude"
	dukex "github.com/dukex/mixpanel"
	mixpanel "github.com/mixpanel/mixpanel-go"
	"github.com/posthog/posthog-go"
	analytics "github.com/segmentio/analytics-go/v3"
)

func segment(ctx context.Context, c analytics.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return c.Enqueue(analytics.Track{ // want `Employee\.Email \(email\) reaches \(github\.com/segmentio/analytics-go/v3\.Client\)\.Enqueue, a commercial sink, without consent for purpose commercial`
		UserId:     strconv.FormatInt(e.ID, 10),
		Event:      "Payslip Viewed",
		Properties: analytics.Properties{"email": e.Email},
	})
}

func segmentIdentify(ctx context.Context, c analytics.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return c.Enqueue(analytics.Identify{UserId: strconv.FormatInt(e.ID, 10), Traits: analytics.NewTraits().Set("name", e.Name)}) // want `Employee\.Name \(name\) reaches \(github\.com/segmentio/analytics-go/v3\.Client\)\.Enqueue, a commercial sink, without consent for purpose commercial`
}

func segmentWithMarketingConsent(ctx context.Context, c analytics.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "commercial") {
		return ErrNoConsent
	}
	return c.Enqueue(analytics.Track{Event: "Payslip Viewed", Properties: analytics.Properties{"email": e.Email}}) // OK: consent for purpose commercial
}

func segmentWithCRMConsent(ctx context.Context, c analytics.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "crm") {
		return ErrNoConsent
	}
	return c.Enqueue(analytics.Track{Event: "Enrolled", Properties: analytics.Properties{"email": e.Email}}) // want `Employee\.Email \(email\) reaches \(github\.com/segmentio/analytics-go/v3\.Client\)\.Enqueue(, a commercial sink, without consent for purpose commercial| \(purpose commercial\) under a consent check for purpose crm)`
}

func segmentAnonymous(ctx context.Context, c analytics.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return c.Enqueue(analytics.Track{UserId: strconv.FormatInt(e.ID, 10), Event: "Payslip Viewed"}) // OK: only the ID
}

func posthogCapture(ctx context.Context, c posthog.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return c.Enqueue(posthog.Capture{DistinctId: strconv.FormatInt(e.ID, 10), Event: "login", Properties: posthog.NewProperties().Set("phone", e.Phone)}) // want `Employee\.Phone \(phone\) reaches \(github\.com/posthog/posthog-go\.EnqueueClient\)\.Enqueue, a commercial sink, without consent for purpose commercial`
}

func mixpanelTrack(ctx context.Context, mp *mixpanel.ApiClient, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	ev := mp.NewEvent("payslip viewed", e.Email, nil)
	if err := mp.Track(ctx, []*mixpanel.Event{ev}); err != nil { // want `Employee\.Email \(email\) reaches \(\*github\.com/mixpanel/mixpanel-go\.ApiClient\)\.Track, a commercial sink, without consent for purpose commercial`
		return err
	}
	people := mixpanel.NewPeopleProperties(e.Email, map[string]any{"plan": "gold"})
	return mp.PeopleSet(ctx, []*mixpanel.PeopleProperties{people}) // want `Employee\.Email \(email\) reaches \(\*github\.com/mixpanel/mixpanel-go\.ApiClient\)\.PeopleSet, a commercial sink, without consent for purpose commercial`
}

func mixpanelDukex(ctx context.Context, mp dukex.Mixpanel, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return mp.Track(e.Email, "payslip viewed", &dukex.Event{Properties: map[string]interface{}{"source": "portal"}}) // want `Employee\.Email \(email\) reaches \(github\.com/dukex/mixpanel\.Mixpanel\)\.Track, a commercial sink, without consent for purpose commercial`
}

func amplitudeTrack(ctx context.Context, c amplitude.Client, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	c.Track(amplitude.Event{EventType: "payslip viewed", EventOptions: amplitude.EventOptions{UserID: e.Email}}) // want `Employee\.Email \(email\) reaches \(github\.com/amplitude/analytics-go/amplitude\.Client\)\.Track, a commercial sink, without consent for purpose commercial`
	identify := amplitude.Identify{}
	identify.Set("phone", e.Phone)
	c.Identify(identify, amplitude.EventOptions{UserID: strconv.FormatInt(e.ID, 10)}) // want `Employee\.Phone \(phone\) reaches \(github\.com/amplitude/analytics-go/amplitude\.Client\)\.Identify, a commercial sink, without consent for purpose commercial`
}

func amplitudeAnonymous(ctx context.Context, c amplitude.Client, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	c.Track(amplitude.Event{EventType: "payslip viewed", EventOptions: amplitude.EventOptions{UserID: strconv.FormatInt(e.ID, 10)}}) // OK: only the ID
}
