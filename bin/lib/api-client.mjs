// The few REST calls the CLI makes, with the API's JSON errors turned into readable messages
// and a polite retry on 429 (Retry-After).

export class CliError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class ApiClient {
  constructor(env) {
    this.token = env.STRONGROOM_TOKEN;
    this.base = (env.STRONGROOM_URL || "http://localhost:3000").replace(/\/+$/, "");
    if (!this.token)
      throw new CliError("Set STRONGROOM_TOKEN to an API token (Settings → API tokens in the portal).", 2);
  }

  async request(method, path, body, attempt = 1) {
    let res;
    try {
      res = await fetch(`${this.base}/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          "user-agent": "strongroom-cli/1",
          ...(body ? { "content-type": "application/json" } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw new CliError(
        `Cannot reach ${this.base} (${e.cause?.code ?? e.cause?.message ?? e.message}). Is STRONGROOM_URL right?`,
      );
    }
    if (res.status === 429 && attempt < 4) {
      await sleep(Math.min(30, Number(res.headers.get("retry-after")) || 1) * 1000);
      return this.request(method, path, body, attempt + 1);
    }
    const data = await res.json().catch(() => null);
    if (!res.ok) {
      const fields = data?.error?.fields ? ` ${JSON.stringify(data.error.fields)}` : "";
      throw new CliError(`${data?.error?.message ?? res.statusText} (HTTP ${res.status})${fields}`);
    }
    return data;
  }

  resolve(name, environment, workspace) {
    const q = workspace ? `?workspace=${encodeURIComponent(workspace)}` : "";
    return this.request("POST", `/secrets/${encodeURIComponent(name)}/resolve${q}`, {
      environment,
      consumer: { kind: "MACHINE_CLIENT", name: "strongroom-cli" },
    });
  }

  async listSecretNames(workspace) {
    const names = [];
    for (let page = 1; ; page++) {
      const r = await this.request("GET", `/secrets?pageSize=100&page=${page}`);
      for (const s of r.items) if (!workspace || s.workspace === workspace) names.push(s.name);
      if (page * r.pageSize >= r.total) return names;
    }
  }
}
