// Valid credential inputs, one per type, for tests (see credential-types/*.test.ts).
export const ENV = "env_dev";

const PEM_KEY =
  "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----";

export const VALID_INPUTS = {
  API_KEY: { type: "API_KEY", headerName: "X-API-Key", values: { [ENV]: { value: "sk_live_123" } } },
  BEARER_TOKEN: { type: "BEARER_TOKEN", values: { [ENV]: { token: "eyJhbGciOi.abc.def" } } },
  CLIENT_CREDENTIALS: {
    type: "CLIENT_CREDENTIALS",
    tokenUrl: "https://auth.example.com/oauth/token",
    clientId: "client-1",
    scopes: "read:things  write:things",
    values: { [ENV]: { clientSecret: "s3cret" } },
  },
  CERTIFICATE: {
    type: "CERTIFICATE",
    certificatePem: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
    values: { [ENV]: { privateKey: "" } },
  },
  KEY_VALUE: {
    type: "KEY_VALUE",
    values: {
      [ENV]: {
        pairs: [
          { key: "DB_URL", value: "postgres://x" },
          { key: "EMPTY", value: "" },
        ],
      },
    },
  },
  BASIC_AUTH: { type: "BASIC_AUTH", username: "alice", values: { [ENV]: { password: "pw" } } },
  SFTP_PASSWORD: {
    type: "SFTP_PASSWORD",
    host: "sftp.example.com",
    username: "bob",
    values: { [ENV]: { password: "pw" } },
  },
  SFTP_PRIVATE_KEY: {
    type: "SFTP_PRIVATE_KEY",
    host: "10.0.0.5",
    port: "2222",
    username: "deploy",
    values: { [ENV]: { privateKey: PEM_KEY, passphrase: "" } },
  },
  JSON_CREDENTIALS: { type: "JSON_CREDENTIALS", values: { [ENV]: { document: '{"type":"service_account"}' } } },
} as const;
