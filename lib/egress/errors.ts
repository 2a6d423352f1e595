import { AppError } from "../errors/index.ts";

/** An outgoing request that the guard refused or that failed (timeout, size, connection). */
export class EgressError extends AppError {
  constructor(message: string, code = "egress_refused", status = 422) {
    super(message, code, status);
  }
}

export const ALLOW_HINT = "An administrator can allow it with STRONGROOM_EGRESS_ALLOW.";
