import { describe, expect, it } from "vitest";
import { auditCsvLine, csvCell } from "./csv.ts";

describe("audit CSV", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell(null)).toBe("");
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-1")).toBe("'-1");
  });

  it("writes one record with labels and environment names", () => {
    const line = auditCsvLine(
      {
        at: new Date("2026-01-02T03:04:05.006Z"),
        actorType: "TOKEN",
        actorLabel: "token ci (abc)",
        action: "secret.use",
        secretName: "stripe",
        targetType: null,
        detail: "{}",
        environmentId: "e1",
        outcome: "SUCCESS",
        ip: null,
        userAgent: "curl/8",
        seq: 7,
      },
      new Map([["e1", "Production"]]),
    );
    expect(line).toBe(
      "2026-01-02T03:04:05.006Z,token ci (abc),TOKEN,Used value,secret.use,«stripe»,stripe,Production,SUCCESS,,curl/8,7\r\n",
    );
  });

  it("names the object of a record without a secret", () => {
    const record = {
      at: new Date("2026-01-02T03:04:05.006Z"),
      actorType: "USER",
      actorLabel: "bob@acme.test",
      action: "command.view",
      secretName: null,
      targetType: "quick_command",
      detail: JSON.stringify({ name: "deploy hook" }),
      environmentId: null,
      outcome: "DENIED",
      ip: "192.0.2.7",
      userAgent: null,
      seq: 8,
    };
    expect(auditCsvLine(record, new Map())).toBe(
      "2026-01-02T03:04:05.006Z,bob@acme.test,USER,Opened quick command,command.view,«deploy hook»," +
        ",,DENIED,192.0.2.7,,8\r\n",
    );
  });
});
