// The read helpers and checks behind the Secrets Manager screens (issue 4): environments and
// Spots of an organization, the wizard's live name check, and the list's sorting and paging
// (two-step: ids from the covering index, then the rows) across every sort column.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../lib/errors/index.ts";
import { listEnvironments } from "../../lib/environments/index.ts";
import { listSpots } from "../../lib/groups/index.ts";
import { isSecretNameAvailable } from "../../lib/secrets/name-availability.ts";
import { deleteSecretNow, listSecrets } from "../../lib/secrets/index.ts";
import { parseSecretListQuery, SORTABLE_COLUMNS } from "../../lib/secrets/list-query.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";
import { DAY_MS } from "../../lib/time/days.ts";

let org: OrgFixture;
let other: OrgFixture;
beforeAll(async () => {
  [org, other] = [await orgFixture("screens"), await orgFixture("screens-other")];
});

describe("environments and Spots", () => {
  it("lists the organization's environments in position order, and only its own", async () => {
    const envs = await listEnvironments(org.orgId);
    expect(envs.map((e) => e.name)).toEqual(["Development", "Staging", "Production"]);
    expect(envs.map((e) => e.id)).not.toContain(other.environmentIds.Production);
  });
  it("lists the organization's Spots by name, and only its own", async () => {
    const spots = await listSpots(org.orgId);
    expect(spots).toEqual([
      { id: org.spotIds.alpha, name: "Alpha" },
      { id: org.spotIds.beta, name: "Beta" },
    ]);
  });
});

describe("isSecretNameAvailable", () => {
  it("is false for a live name in the same storage location, case-sensitively, and true elsewhere", async () => {
    await register(org.actors.holder, apiKeyInput(org, "taken_name", "v1"));
    expect(await isSecretNameAvailable(org.actors.manager, { scope: "ORGANIZATION", name: "taken_name" })).toBe(false);
    expect(await isSecretNameAvailable(org.actors.manager, { scope: "ORGANIZATION", name: "Taken_name" })).toBe(true);
    expect(await isSecretNameAvailable(org.actors.member1, { scope: "PERSONAL", name: "taken_name" })).toBe(true);
    expect(
      await isSecretNameAvailable(org.actors.member1, {
        scope: "WORKSPACE",
        workspaceId: org.workspaceId,
        name: "taken_name",
      }),
    ).toBe(true);
    expect(await isSecretNameAvailable(other.actors.holder, { scope: "ORGANIZATION", name: "taken_name" })).toBe(true);
  });
  it("frees the name of a deleted secret", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "reused_name", "v1"));
    await deleteSecretNow(org.actors.holder, s.id);
    expect(await isSecretNameAvailable(org.actors.holder, { scope: "ORGANIZATION", name: "reused_name" })).toBe(true);
  });
  it("answers only for storage locations the user may create secrets in", async () => {
    await expect(
      isSecretNameAvailable(org.actors.member1, { scope: "ORGANIZATION", name: "taken_name" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      isSecretNameAvailable(org.actors.member2, { scope: "WORKSPACE", workspaceId: org.workspaceId, name: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(isSecretNameAvailable(org.actors.member1, { scope: "WORKSPACE", name: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("listSecrets sorting and paging", () => {
  let sorted: OrgFixture;
  beforeAll(async () => {
    sorted = await orgFixture("sorting");
    const day = DAY_MS;
    for (let i = 0; i < 12; i++) {
      const name = `sort_${String.fromCharCode(97 + ((i * 5) % 12))}`;
      const expiresAt = i % 3 === 0 ? undefined : new Date(Date.now() + (i + 2) * day).toISOString().slice(0, 10);
      const personal = i % 4 === 0 ? { scope: "PERSONAL" as const, availability: undefined } : {};
      const basicAuth = {
        type: "BASIC_AUTH" as const,
        username: "u",
        values: { [sorted.environmentIds.Production!]: { password: "p" } },
      };
      const input = {
        ...apiKeyInput(sorted, name, `value-${i}`, { ...personal, expiresAt }),
        ...(i % 2 ? { credential: basicAuth } : {}),
      };
      await register(sorted.actors.holder, input);
    }
  });

  for (const sort of SORTABLE_COLUMNS) {
    for (const dir of ["asc", "desc"] as const) {
      it(`pages through every secret exactly once sorted by ${sort} ${dir}`, async () => {
        const all = await listSecrets(sorted.actors.holder, parseSecretListQuery({ sort, dir, pageSize: "100" }));
        const paged = [];
        for (let page = 1; page <= 2; page++) {
          paged.push(
            ...(
              await listSecrets(
                sorted.actors.holder,
                parseSecretListQuery({ sort, dir, pageSize: "10", page: String(page) }),
              )
            ).rows,
          );
        }
        expect(all.total).toBe(12);
        expect(paged.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
        if (sort === "name") {
          const names = all.rows.map((r) => r.name);
          expect(names).toEqual([...names].sort((a, b) => (dir === "asc" ? (a < b ? -1 : 1) : a < b ? 1 : -1)));
        }
        if (sort === "expiresAt") {
          const withDate = all.rows.filter((r) => r.expiresAt);
          expect(all.rows.slice(0, withDate.length)).toEqual(withDate); // no date: last, whichever the direction
        }
      });
    }
  }

  for (const dir of ["asc", "desc"] as const) {
    it(`sorts by the status on screen ${dir}: a secret past its date is Expired, not among the Active by name`, async () => {
      // A week later, the secrets that expire within the week are Expired though stored Active.
      const later = new Date(Date.now() + 7 * 86_400_000);
      const query = (extra: Record<string, string>) => parseSecretListQuery({ sort: "status", dir, ...extra });
      const all = await listSecrets(sorted.actors.holder, query({ pageSize: "100" }), later);
      const statuses = all.rows.map((r) => r.status);
      expect(statuses).toContain("EXPIRED");
      expect(statuses).toContain("ACTIVE");
      const order = ["ACTIVE", "EXPIRED", "INACTIVE", "SCHEDULED_FOR_DELETION"];
      const rank = statuses.map((s) => order.indexOf(s));
      expect(rank).toEqual([...rank].sort((a, b) => (dir === "asc" ? a - b : b - a)));
      for (const status of new Set(statuses)) {
        const names = all.rows.filter((r) => r.status === status).map((r) => r.name);
        expect(names).toEqual([...names].sort());
      }
      const paged = [];
      for (let page = 1; page <= 3; page++)
        paged.push(
          ...(await listSecrets(sorted.actors.holder, query({ pageSize: "10", page: String(page) }), later)).rows,
        );
      expect(paged.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
      const expired = await listSecrets(sorted.actors.holder, parseSecretListQuery({ status: "EXPIRED" }), later);
      expect(expired.total).toBe(statuses.filter((s) => s === "EXPIRED").length);
    });
  }
});
