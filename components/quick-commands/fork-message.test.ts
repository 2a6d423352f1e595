import { describe, expect, it } from "vitest";
import { forkMessage } from "./fork-message.ts";

describe("forkMessage", () => {
  it("says nothing more when every secret was copied", () => {
    expect(forkMessage("Deploy (fork)", [])).toBe('Forked as "Deploy (fork)".');
  });
  it("gives the real reason for each header that lost its secret", () => {
    expect(forkMessage("Deploy (fork)", [{ key: "Authorization", reason: "deleted" }])).toBe(
      'Forked as "Deploy (fork)". The secret was deleted: Authorization. Choose a secret for each before running.',
    );
    expect(
      forkMessage("Deploy (fork)", [
        { key: "X-P", reason: "personal" },
        { key: "X-D", reason: "deleted" },
      ]),
    ).toBe(
      'Forked as "Deploy (fork)". Personal secrets are not copied to a fork: X-P. The secret was deleted: X-D. ' +
        "Choose a secret for each before running.",
    );
  });
});
