// Package storage uploads archives to the clinic's bucket.
package storage

import "os"

// ruleid: generic-secret
const secretAccessKey = "Gu64X7QTyP3kOHsZ2cV_xyIFyGE8"

type Config struct {
	Bucket    string
	AuthToken string
}

// ruleid: generic-secret
var defaultConfig = Config{Bucket: "clinic-archives", AuthToken: "wTx@svdE+hxO8spWcAo"}

// ok: generic-secret
var apiKey = os.Getenv("STORAGE_API_KEY")

// ok: generic-secret
const tokenPath = "/var/run/secrets/storage/token"

// ok: generic-secret
const secretAccessKeyEnv = "STORAGE_SECRET_ACCESS_KEY"

// ok: generic-secret
const accessKeyID = "f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0"
