// Reading a chosen or dropped file in the browser (it never leaves the browser until the
// form is submitted). Pure and client-safe.

export const MAX_FILE_BYTES = 1024 * 1024;

export async function readFileText(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`The file is too large: at most ${MAX_FILE_BYTES / 1024} KiB.`);
  return file.text();
}

/** A certificate file as the form submits it: PEM text as is, a binary (DER) file as base64. */
export async function readCertificateFile(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`The file is too large: at most ${MAX_FILE_BYTES / 1024} KiB.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (head.includes("-----BEGIN")) return new TextDecoder().decode(bytes);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
