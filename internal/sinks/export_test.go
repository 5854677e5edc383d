package sinks

// EntryPackage exposes entryPackage to the external tests.
var EntryPackage = entryPackage
