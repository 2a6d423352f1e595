import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_CHECKED_KDF_ROUNDS, openSshKeyProblem } from "./openssh-key.ts";

const key = (name: string) => readFileSync(path.join(__dirname, "testdata/openssh", `${name}.key`), "utf8");
const PASSPHRASE = "correct horse";
const UNREADABLE = {
  field: "privateKey",
  message:
    "The private key could not be read: it is not a complete OpenSSH private key. Paste the whole key, from the BEGIN line to the END line.",
};

/** The key's binary body, changed by `edit`, written back as an OpenSSH key. */
function rewrite(text: string, edit: (bytes: Buffer) => Buffer): string {
  const body = text.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
  const b64 = edit(Buffer.from(body, "base64")).toString("base64");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64.match(/.{1,70}/g)!.join("\n")}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

describe("openSshKeyProblem", () => {
  it.each(["ed25519", "rsa", "ecdsa521"])("opens the unencrypted %s key", (name) => {
    expect(openSshKeyProblem(key(name), undefined)).toBeNull();
  });
  it.each(["ed25519-encrypted", "ecdsa-encrypted", "ed25519-gcm", "rsa-cbc"])(
    "opens the encrypted %s key with its passphrase",
    (name) => {
      expect(openSshKeyProblem(key(name), PASSPHRASE)).toBeNull();
    },
  );
  it.each(["ed25519", "rsa", "ecdsa521"])(
    "refuses a passphrase for the unencrypted %s key, which it would not protect",
    (name) => {
      expect(openSshKeyProblem(key(name), PASSPHRASE)).toEqual({
        field: "passphrase",
        message: "This private key is not protected by a passphrase: leave Passphrase empty.",
      });
      expect(openSshKeyProblem(key(name), "")).toBeNull();
    },
  );
  it.each(["ecdsa-encrypted", "ed25519-gcm", "rsa-cbc"])(
    "asks for the passphrase of %s and refuses a wrong one",
    (name) => {
      expect(openSshKeyProblem(key(name), undefined)).toEqual({
        field: "passphrase",
        message: "This private key is protected by a passphrase: enter it in Passphrase.",
      });
      expect(openSshKeyProblem(key(name), "wrong horse")).toEqual({
        field: "passphrase",
        message: "The passphrase does not unlock this private key.",
      });
    },
  );
  it("refuses garbage and damaged keys", () => {
    expect(
      openSshKeyProblem("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----", undefined),
    ).toEqual(UNREADABLE);
    expect(
      openSshKeyProblem(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nnot base64 at all!\n-----END OPENSSH PRIVATE KEY-----",
        undefined,
      ),
    ).toEqual(UNREADABLE);
    expect(openSshKeyProblem("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA", undefined)).toEqual(
      UNREADABLE,
    );
    const lines = key("ed25519").split("\n");
    expect(openSshKeyProblem([...lines.slice(0, 3), ...lines.slice(4)].join("\n"), undefined)).toEqual(UNREADABLE);
    expect(
      openSshKeyProblem(
        rewrite(key("ed25519"), (b) => Buffer.concat([b, Buffer.from([0, 0, 0, 0])])),
        undefined,
      ),
    ).toEqual(UNREADABLE);
    expect(
      openSshKeyProblem(
        rewrite(key("rsa"), (b) => Buffer.from(b).fill(0x41, 40, 60)),
        undefined,
      ),
    ).not.toBeNull();
  });
  it("refuses a key whose private part does not match its public key", () => {
    // Flip one bit of the Ed25519 private scalar (the last 64-byte string before the comment).
    const text = key("ed25519");
    const bytes = Buffer.from(text.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, ""), "base64");
    const at = bytes.lastIndexOf(Buffer.from("test@strongroom")) - 4 - 64 + 3;
    const damaged = rewrite(text, (b) => {
      const copy = Buffer.from(b);
      copy[at]! ^= 1;
      return copy;
    });
    expect(openSshKeyProblem(damaged, undefined)).toEqual({
      field: "privateKey",
      message: "The private key is damaged: its private part does not match its public key.",
    });
    expect(bytes.length).toBeGreaterThan(at);
  });
  it("names a cipher it cannot check", () => {
    expect(openSshKeyProblem(key("ed25519-chacha"), PASSPHRASE)?.message).toBe(
      "This private key is encrypted with chacha20-poly1305@openssh.com, which cannot be checked here. Re-encrypt it with aes256-ctr (ssh-keygen -p -Z aes256-ctr -f <key file>) and paste it again.",
    );
  });
  it("does not spend minutes on a key that asks for very many KDF rounds", () => {
    // kdfoptions: after the magic (15 bytes) and the cipher and KDF names, a string of (salt, rounds).
    const hostile = rewrite(key("ecdsa-encrypted"), (b) => {
      const copy = Buffer.from(b);
      let at = 15;
      for (let i = 0; i < 2; i++) at += 4 + copy.readUInt32BE(at);
      at += 4; // kdfoptions length
      at += 4 + copy.readUInt32BE(at); // salt
      copy.writeUInt32BE(1_000_000, at);
      return copy;
    });
    const start = Date.now();
    expect(openSshKeyProblem(hostile, PASSPHRASE)).toBeNull();
    expect(openSshKeyProblem(hostile, undefined)?.field).toBe("passphrase");
    expect(Date.now() - start).toBeLessThan(1000);
    expect(MAX_CHECKED_KDF_ROUNDS).toBeGreaterThanOrEqual(16);
  });
});
