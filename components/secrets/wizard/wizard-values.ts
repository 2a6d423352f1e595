// The register wizard's form values and how they become the registerSecretSchema input:
// only the selected environments get a payload (the one typed under "Same for all
// environments" is copied to each), and fields of other storage locations are left out.
// Pure and client-safe.
import type { FieldErrors } from "react-hook-form";
import type { Availability, Scope } from "@/lib/domain/constants";
import type { RegisterSecretInput } from "@/lib/secrets/secret-form-schema";
import type { CredentialType } from "@/lib/secrets/credential-types";
import {
  ALL_ENVIRONMENTS,
  emptyCredential,
  emptyPayload,
  type CredentialFormValues,
} from "../credential/credential-form-values.ts";

export type WizardValues = {
  orgId: string;
  scope: Scope | "";
  workspaceId: string;
  availability: Availability;
  spotIds: string[];
  name: string;
  description: string;
  expiresAt: string;
  credential: CredentialFormValues;
};

/** What the wizard keeps outside the form: which environments get a value, and how. */
export type EnvironmentChoice = { selected: string[]; sameForAll: boolean };

export const STEP_FIELDS = [
  ["scope", "workspaceId", "availability", "spotIds"],
  ["name", "description", "expiresAt", "credential"],
] as const;

export function initialWizardValues(
  orgId: string,
  workspaceId: string,
  scope: Scope | "" = "",
  credential: { type?: CredentialType | ""; environmentKeys?: string[] } = {},
): WizardValues {
  return {
    orgId,
    scope,
    workspaceId,
    availability: "ORGANIZATION",
    spotIds: [],
    name: "",
    description: "",
    expiresAt: "",
    credential: credential.type
      ? emptyCredential(credential.type, credential.environmentKeys ?? [])
      : { type: "", values: {} },
  };
}

/** The Workspace preselected in step 1: the one chosen in the top bar if the user may use it, else the only one. */
export function defaultWorkspaceId(
  workspaces: { id: string }[],
  currentWorkspaceId: string | null | undefined,
): string {
  if (currentWorkspaceId && workspaces.some((w) => w.id === currentWorkspaceId)) return currentWorkspaceId;
  return workspaces.length === 1 ? workspaces[0]!.id : "";
}

/**
 * The Storage location preselected in step 1: the one asked for (the secret picker's, for
 * "Create and add") when the user may create secrets there; else Personal when it is the only
 * one the user may choose; else none.
 */
export function defaultScope(
  storage: { canCreateOrganization: boolean; workspaces: unknown[] },
  asked: Scope | "" = "",
): Scope | "" {
  const allowed: Record<Scope, boolean> = {
    ORGANIZATION: storage.canCreateOrganization,
    WORKSPACE: storage.workspaces.length > 0,
    PERSONAL: true,
  };
  if (asked && allowed[asked]) return asked;
  return !storage.canCreateOrganization && storage.workspaces.length === 0 ? "PERSONAL" : "";
}

export function toRegisterInput(v: WizardValues, choice: EnvironmentChoice): RegisterSecretInput {
  const type = v.credential.type;
  const source = v.credential.values ?? {};
  const values: Record<string, unknown> = {};
  for (const id of choice.selected) {
    values[id] = (choice.sameForAll ? source[ALL_ENVIRONMENTS] : source[id]) ?? (type ? emptyPayload(type) : {});
  }
  const isOrg = v.scope === "ORGANIZATION";
  return {
    orgId: v.orgId,
    scope: (v.scope || undefined) as Scope,
    workspaceId: v.scope === "WORKSPACE" ? v.workspaceId || undefined : undefined,
    availability: isOrg ? v.availability : undefined,
    spotIds: isOrg && v.availability === "SPOTS" ? v.spotIds : undefined,
    name: v.name,
    description: v.description,
    expiresAt: type === "CERTIFICATE" ? undefined : v.expiresAt,
    credential: { ...v.credential, values } as RegisterSecretInput["credential"],
  };
}

/** A field error key of the server or the schema, as the form names it. */
export function formFieldName(key: string, choice: EnvironmentChoice): string {
  const match = /^credential\.values\.([^.]+)(\..*)?$/.exec(key);
  if (choice.sameForAll && match && choice.selected.includes(match[1]!))
    return `credential.values.${ALL_ENVIRONMENTS}${match[2] ?? ""}`;
  return key;
}

/** With "Same for all environments", every environment reports the same errors: show them once. */
export function remapValueErrors(
  errors: FieldErrors<WizardValues>,
  choice: EnvironmentChoice,
): FieldErrors<WizardValues> {
  const valueErrors = errors.credential?.values as Record<string, unknown> | undefined;
  if (!choice.sameForAll || !valueErrors) return errors;
  const first = choice.selected.map((id) => valueErrors[id]).find(Boolean);
  if (!first) return errors;
  const rest = Object.fromEntries(Object.entries(valueErrors).filter(([k]) => !choice.selected.includes(k)));
  return {
    ...errors,
    credential: { ...errors.credential, values: { ...rest, [ALL_ENVIRONMENTS]: first } },
  } as FieldErrors<WizardValues>;
}

/** The step (0: Storage location, 1: Credential) that shows a field. */
export function stepOfField(key: string): 0 | 1 {
  const root = key.split(".")[0] ?? "";
  return (STEP_FIELDS[0] as readonly string[]).includes(root) ? 0 : 1;
}

/**
 * The placement checks of registerSecretSchema's refinement (which zod runs only once the whole
 * input is valid), so that step 1 reports them before going on. Field name → message.
 */
export function storageProblems(v: WizardValues): [keyof WizardValues, string][] {
  const problems: [keyof WizardValues, string][] = [];
  if (v.scope === "WORKSPACE" && !v.workspaceId) problems.push(["workspaceId", "Choose a workspace."]);
  if (v.scope === "ORGANIZATION" && v.availability === "SPOTS" && v.spotIds.length === 0)
    problems.push(["spotIds", "Choose at least one Spot."]);
  return problems;
}

/**
 * The names of the fields that have an error, from react-hook-form's error tree
 * (`{ credential: { headerName: { type, message } } }` → `["credential.headerName"]`).
 */
export function errorFieldNames(errors: FieldErrors, prefix = ""): string[] {
  const names: string[] = [];
  for (const [key, error] of Object.entries(errors)) {
    if (!error || typeof error !== "object") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof (error as { type?: unknown }).type === "string") names.push(name);
    else names.push(...errorFieldNames(error as FieldErrors, name));
  }
  return names;
}
