package ign

func init() {
	leak("t") //hrvet:ignore consent test data, not reported without -tests
}
