module example.com/hrapp

go 1.26.0

require (
	example.com/esign v0.0.0
	github.com/hrvet/hrvet v0.0.0
)

replace github.com/hrvet/hrvet => ../..

replace example.com/esign => ./third_party/esign
