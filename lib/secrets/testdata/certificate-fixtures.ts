// Test fixtures: real certificates made with the openssl CLI at test time (node:crypto cannot
// create X.509 certificates), in a temporary directory. Without openssl, the PEM files beside
// this module are used: the same kinds, made once with this code. TEST KEYS ONLY, never used
// anywhere else.
import { execFileSync } from "node:child_process";
import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface CertificateFixtures {
  source: "openssl" | "committed";
  /** Valid now (until 2124), self-signed, CN=strongroom.test, with `key`. */
  validPem: string;
  key: string;
  /** Same key; valid 2024-01-01 to 2025-01-31. */
  expiredPem: string;
  /** Same key; valid 2100-01-01 to 2101-01-01. */
  futurePem: string;
  /** Another EC key (does not match). */
  otherKey: string;
  /** `key` in PKCS#8 encrypted with the passphrase "correct horse". */
  encryptedKey: string;
  /** An RSA key, PKCS#1 encrypted with "correct horse". */
  encryptedRsaKey: string;
}

const CA_CONFIG = `[ ca ]
default_ca = ca_default
[ ca_default ]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = policy_any
unique_subject = no
[ policy_any ]
commonName = supplied
organizationName = optional
`;

function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** Self-signed certificate of `key` with exact validity dates (YYYYMMDDHHMMSSZ). */
function selfSigned(dir: string, name: string, start: string, end: string): string {
  const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  run(["req", "-new", "-key", "key.pem", "-subj", "/CN=strongroom.test/O=Strongroom Tests", "-out", `${name}.csr`]);
  run([
    "ca",
    "-batch",
    "-config",
    "ca.cnf",
    "-selfsign",
    "-keyfile",
    "key.pem",
    "-in",
    `${name}.csr`,
    "-out",
    `${name}.pem`,
    "-startdate",
    start,
    "-enddate",
    end,
    "-notext",
    "-create_serial",
  ]);
  return readFileSync(path.join(dir, `${name}.pem`), "utf8");
}

function fromOpenssl(key: string): Pick<CertificateFixtures, "validPem" | "expiredPem" | "futurePem"> {
  const dir = mkdtempSync(path.join(tmpdir(), "strongroom-certs-"));
  try {
    writeFileSync(path.join(dir, "key.pem"), key);
    writeFileSync(path.join(dir, "ca.cnf"), CA_CONFIG);
    writeFileSync(path.join(dir, "index.txt"), "");
    return {
      validPem: selfSigned(dir, "valid", "20240101000000Z", "21240101000000Z"),
      expiredPem: selfSigned(dir, "expired", "20240101000000Z", "20250131000000Z"),
      futurePem: selfSigned(dir, "future", "21000101000000Z", "21010101000000Z"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const committed = (name: string) => readFileSync(path.join(import.meta.dirname, name), "utf8");

export function makeCertificateFixtures(options: { useOpenssl?: boolean } = {}): CertificateFixtures {
  const useOpenssl = options.useOpenssl ?? hasOpenssl();
  const key = useOpenssl
    ? generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    : committed("test-key.pem");
  const certificates = useOpenssl
    ? fromOpenssl(key)
    : {
        validPem: committed("valid-cert.pem"),
        expiredPem: committed("expired-cert.pem"),
        futurePem: committed("future-cert.pem"),
      };
  const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const passphrase = "correct horse";
  return {
    source: useOpenssl ? "openssl" : "committed",
    key,
    ...certificates,
    otherKey: other.export({ type: "pkcs8", format: "pem" }).toString(),
    encryptedKey: createPrivateKey(key)
      .export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase })
      .toString(),
    encryptedRsaKey: rsa.export({ type: "pkcs1", format: "pem", cipher: "aes-256-cbc", passphrase }).toString(),
  };
}
