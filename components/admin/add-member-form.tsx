"use client";
// "Add member" to a workspace or Spot: choose one of the organization's members (and a role
// for workspaces).
import { useRef } from "react";
import type { FormSubmit } from "@/lib/authz/form-state";
import { SimpleForm, type FieldSpec } from "./simple-form";
import type { MemberOption } from "./types";

type Props = {
  defaults: Record<string, string>;
  candidates: MemberOption[];
  roles?: { value: string; label: string }[];
  action: FormSubmit;
  placeName: string;
};

export function AddMemberForm({ defaults, candidates, roles, action, placeName }: Props) {
  // Every name offered so far: the answer arrives with the refreshed page, where the member just
  // added is no longer a candidate.
  const names = useRef(new Map<string, string>());
  for (const c of candidates) names.current.set(c.userId, c.name);
  if (candidates.length === 0)
    return <p className="text-sm text-zinc-500">Every member of the organization is already in {placeName}.</p>;
  const fields: FieldSpec[] = [
    {
      name: "userId",
      label: "Member",
      type: "select",
      options: [
        { value: "", label: "Choose a member…" },
        ...candidates.map((c) => ({ value: c.userId, label: `${c.name} (${c.email})` })),
      ],
    },
  ];
  if (roles) fields.push({ name: "role", label: "Role", type: "select", options: roles });
  return (
    <SimpleForm<unknown>
      inline
      resetOnSuccess
      defaults={defaults}
      fields={fields}
      submitLabel="Add member"
      action={action}
      success={(_d, input) => `${names.current.get(input.userId ?? "") ?? "The member"} was added to ${placeName}.`}
    />
  );
}
