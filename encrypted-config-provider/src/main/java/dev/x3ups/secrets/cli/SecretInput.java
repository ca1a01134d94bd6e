package dev.x3ups.secrets.cli;

/** Where the secret to encrypt comes from: always standard input, never the command line. */
interface SecretInput {
    /** The secret's UTF-8 bytes; the caller wipes them. */
    byte[] readSecret();
}
