// A real SMTP server on loopback for the mail tests: STARTTLS with a self-signed certificate made
// here, AUTH PLAIN/LOGIN required before mail (never over plain text), every message parsed
// with mailparser. `refuse` makes it answer the next envelopes with an SMTP error code.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { generate } from "selfsigned";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

export type ReceivedMail = {
  parsed: ParsedMail;
  envelopeTo: string[];
  user: string;
  authMethod: string;
  secure: boolean;
};
export type Refusal = { code: 421 | 451 | 550; stage: "MAIL" | "RCPT" | "DATA"; message: string };

export type LocalSmtpServer = {
  port: number;
  /** SMTP_URL for this server, with the test user's credentials. */
  url: (authMethod?: "PLAIN" | "LOGIN") => string;
  /** A PEM file of the server's self-signed certificate, for SMTP_CA_FILE. */
  caFile: string;
  received: ReceivedMail[];
  refuse: Refusal | null;
  close: () => Promise<void>;
};

const USER = "strongroom";
const PASSWORD = "smtp-password-for-tests";

function smtpError(r: Refusal): Error {
  return Object.assign(new Error(r.message), { responseCode: r.code });
}

export async function startSmtpServer(): Promise<LocalSmtpServer> {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      {
        name: "subjectAltName",
        altNames: [
          { type: 7, ip: "127.0.0.1" },
          { type: 2, value: "localhost" },
        ],
      },
    ],
  });
  const caFile = join(tmpdir(), `strongroom-smtp-ca-${process.pid}-${Date.now()}.pem`);
  writeFileSync(caFile, pems.cert);
  const handle: LocalSmtpServer = { port: 0, url: () => "", caFile, received: [], refuse: null, close: async () => {} };
  const refuseAt = (stage: Refusal["stage"]) => (handle.refuse?.stage === stage ? smtpError(handle.refuse) : null);
  const server = new SMTPServer({
    key: pems.private,
    cert: pems.cert,
    authMethods: ["PLAIN", "LOGIN"],
    disabledCommands: [],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD)
        return callback(null, { user: `${USER}:${auth.method}` });
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onMailFrom: (_address, _session, callback) => callback(refuseAt("MAIL")),
    onRcptTo: (_address, _session, callback) => callback(refuseAt("RCPT")),
    onData(stream, session: SMTPServerSession, callback) {
      const refusal = refuseAt("DATA");
      simpleParser(stream).then(
        (parsed) => {
          if (refusal) return callback(refusal);
          const [user, authMethod] = String(session.user).split(":");
          handle.received.push({
            parsed,
            envelopeTo: session.envelope.rcptTo.map((a) => a.address),
            user: user!,
            authMethod: authMethod!,
            secure: session.secure,
          });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  handle.port = port;
  handle.url = (authMethod = "PLAIN") =>
    `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}/?requireTLS=true&authMethod=${authMethod}`;
  handle.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return handle;
}
