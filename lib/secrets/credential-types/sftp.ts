// SFTP Password and SFTP Private Key: the same connection metadata, different secrets.
import { z } from "zod";
import { defineCredentialType, metadataField, secretField } from "./define.ts";
import { requiredText } from "../../domain/text.ts";
import { optionalSecretText, privateKeyProblem, problemCheck, secretText } from "./fields.ts";
import { DEFAULT_SFTP_PORT, NAME_MAX_LENGTH } from "./limits.ts";
import { hostSchema, portSchema } from "./network-fields.ts";

const metadataShape = { host: hostSchema, port: portSchema, username: requiredText("Username", NAME_MAX_LENGTH) };

const metadataFields = [
  metadataField("host", "Host", { placeholder: "sftp.example.com", destination: true }),
  metadataField("port", "Port", { kind: "number", defaultValue: DEFAULT_SFTP_PORT, destination: true }),
  metadataField("username", "Username"),
];

export const sftpPassword = defineCredentialType({
  type: "SFTP_PASSWORD",
  label: "SFTP Password",
  description: "An SFTP server login with a password.",
  metadataFields,
  secretFields: [secretField("password", "Password")],
  metadataShape,
  inputShape: metadataShape,
  payloadSchema: z.object({ password: secretText("Password") }),
});

export const sftpPrivateKey = defineCredentialType({
  type: "SFTP_PRIVATE_KEY",
  label: "SFTP Private Key",
  description: "An SFTP server login with a private key (PEM or OpenSSH), optionally passphrase-protected.",
  metadataFields,
  secretFields: [
    secretField("privateKey", "Private key", { kind: "textarea", accept: ".key,.pem" }),
    secretField("passphrase", "Passphrase", { required: false }),
  ],
  metadataShape,
  inputShape: metadataShape,
  payloadSchema: z.object({
    privateKey: secretText("Private key").superRefine(problemCheck((v) => privateKeyProblem("Private key", v))),
    passphrase: optionalSecretText("Passphrase"),
  }),
});
