"use server";
// Registering a secret, and the wizard's helpers: the live name check and reading a
// certificate file. The organization comes from the input and is checked against the
// user's memberships (requireUserActor); the service checks the permission table.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema as id } from "@/lib/domain/id";
import { defineAction, organizationAction } from "@/lib/authz";
import { SCOPES } from "@/lib/domain/constants";
import { registerSecret } from "@/lib/secrets";
import { certificateKeyMismatch, inspectCertificate } from "@/lib/secrets/certificate";
import { CERTIFICATE_MAX_BYTES, SECRET_VALUE_MAX_BYTES } from "@/lib/secrets/credential-types";
import { isSecretNameAvailable } from "@/lib/secrets/name-availability";
import { registerSecretSchema } from "@/lib/secrets/secret-form-schema";
import { secretNameSchema } from "@/lib/secrets/secret-input";
import { now } from "@/lib/lifecycle/clock";
import { isoDay } from "@/lib/time/days";

export const registerSecretAction = organizationAction(registerSecretSchema, async (input, { actor, request }) => {
  const secret = await registerSecret(actor, input, { request, now: now() });
  revalidatePath("/secrets");
  return { id: secret.id, name: secret.name };
});

const nameCheckSchema = z.object({
  orgId: id,
  scope: z.enum(SCOPES),
  workspaceId: id.optional(),
  name: secretNameSchema,
});

export const checkSecretNameAction = organizationAction(nameCheckSchema, async (input, { actor }) => {
  return { available: await isSecretNameAvailable(actor, input) };
});

const certificateSchema = z.object({
  certificatePem: z
    .string()
    .min(1)
    .max(CERTIFICATE_MAX_BYTES * 2),
});

/** Reads a certificate (public data) so that the wizard can show its details before registering. */
export const inspectCertificateAction = defineAction(certificateSchema, async (input) => {
  const info = inspectCertificate(input.certificatePem, now());
  return {
    subject: info.subject,
    issuer: info.issuer,
    fingerprintSha256: info.fingerprintSha256,
    notAfter: isoDay(info.notAfter),
  };
});

const certificateKeySchema = certificateSchema.extend({ privateKey: z.string().min(1).max(SECRET_VALUE_MAX_BYTES) });

/**
 * Checks a private key the user has just chosen against the certificate beside it, so that a
 * mismatch is said at upload. The key is read for this check only: not stored, not logged.
 */
export const checkCertificateKeyAction = defineAction(certificateKeySchema, async (input) => {
  return { problem: certificateKeyMismatch(input.certificatePem, input.privateKey) };
});
