// npm run -s audit:public-key > audit-signing.pub — prints the public key (SPKI PEM) of the
// configured audit signing key, for `npm run audit:verify -- --public-key audit-signing.pub`
// wherever the log is verified without the private key. Its key id goes to standard error.
import { requireAuditSigner } from "../lib/audit/config.ts";
import { publicKeyPem } from "../lib/audit/signing.ts";

try {
  const signer = requireAuditSigner();
  process.stdout.write(publicKeyPem(signer.publicKey));
  console.error(`Audit signing key id: ${signer.keyId}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
