/**
 * POST /api/recommendations/track -> pgrec POST /track (typed client, API key added here).
 *
 * Body: {"product_id", "interaction_type", "request_id"?, "quantity"?, "context"?}. Only the fields
 * and event types a browser may report pass. Who did it is never taken from the body: the signed-in
 * customer (`getCustomerId`, the store's session) becomes `user_id` and the signed session cookie
 * `session_id`; a body naming either gets 400. pgrec's answer (202 {"id", "duplicate"} or its 4xx
 * error naming the field) is handed back as is. Without PGREC_API_KEY or PGREC_SESSION_SECRET:
 * 500 and nothing is sent.
 */
import type { NextRequest } from "next/server";

import { BROWSER_INTERACTION_TYPES, type BrowserInteractionType, type PgrecTrackBody } from "@/lib/pgrec";
import {
  errorResponse,
  notConfigured,
  pgrecConfig,
  refuseBrowserIdentity,
  relay,
  resolveVisitor,
  withSession,
} from "@/lib/pgrec-server";

const MAX_BODY_BYTES = 16 * 1024;

function isBrowserType(value: unknown): value is BrowserInteractionType {
  return typeof value === "string" && (BROWSER_INTERACTION_TYPES as readonly string[]).includes(value);
}

export async function POST(request: NextRequest) {
  const checked = pgrecConfig();
  if (!checked.ok) return notConfigured(checked.problem);
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) {
    return errorResponse(413, "payload_too_large", `body: at most ${MAX_BODY_BYTES} bytes`, "body");
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return errorResponse(400, "invalid_json", "body: not JSON", "body");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return errorResponse(400, "invalid_body", "body: expected a JSON object", "body");
  }
  const event = body as Record<string, unknown>;
  const refused = refuseBrowserIdentity((name) => Object.hasOwn(event, name));
  if (refused) return refused;
  if (typeof event.product_id !== "string" || event.product_id === "") {
    return errorResponse(400, "invalid_parameter", "product_id: required", "product_id");
  }
  if (!isBrowserType(event.interaction_type)) {
    const allowed = BROWSER_INTERACTION_TYPES.join(", ");
    return errorResponse(400, "invalid_parameter", `interaction_type: one of ${allowed}`, "interaction_type");
  }

  const visitor = await resolveVisitor(request, checked.config);
  const context =
    typeof event.context === "object" && event.context !== null && !Array.isArray(event.context)
      ? (event.context as Record<string, unknown>)
      : {};
  const forwarded: PgrecTrackBody = {
    product_id: event.product_id,
    interaction_type: event.interaction_type,
    session_id: visitor.sessionId,
    context: { ...context, source: "storefront" },
  };
  if (visitor.customerId) forwarded.user_id = visitor.customerId;
  if (typeof event.request_id === "string") forwarded.request_id = event.request_id;
  if (typeof event.quantity === "number") forwarded.quantity = event.quantity;

  const response = await relay(checked.config, (client, signal) => client.POST("/track", { body: forwarded, signal }));
  return withSession(response, visitor);
}
