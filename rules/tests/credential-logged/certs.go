package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"log"
	"os"
)

func writeKey(path string) {
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		// ok: credential-logged
		log.Fatalf("generating key: %v", err)
	}
	privBytes, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		// ok: credential-logged
		log.Fatalf("marshalling private key: %v", err)
	}
	pemKey, marshalErr := pemEncodePrivateKey(privBytes)
	if marshalErr != nil {
		// ok: credential-logged
		log.Printf("encoding private key: %v", marshalErr)
	}
	// ruleid: credential-logged
	log.Printf("wrote %s", pemKey)
	privateKey, ok := loadPrivateKey(path)
	// ok: credential-logged
	fmt.Println("key present:", ok)
	// ruleid: credential-logged
	fmt.Println("key:", privateKey)
	sum := sha256.Sum256(privBytes)
	// ok: credential-logged
	log.Printf("key fingerprint %x", sum)
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: privBytes}), 0o600); err != nil {
		// ok: credential-logged
		log.Fatal(err)
	}
}

func checkDecl(decl *ast.GenDecl) {
	if decl.Tok != token.IMPORT {
		// ok: credential-logged
		log.Fatalf("unexpected declaration %v, want %v", decl.Tok, token.IMPORT)
	}
}
