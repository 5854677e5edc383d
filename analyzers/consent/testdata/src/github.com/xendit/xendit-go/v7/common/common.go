// Package common is a minimal stub of github.com/xendit/xendit-go/v7/common
// for hrvet's tests: the SDK's error type.
package common

// XenditSdkError is an error of the API.
type XenditSdkError struct {
	rawResponse  []byte
	status       string
	errorCode    string
	errorMessage string
}

// Error returns the error's message.
func (e XenditSdkError) Error() string { return e.errorMessage }
