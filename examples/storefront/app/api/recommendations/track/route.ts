/**
 * POST /api/recommendations/track -> pgrec POST /track (with the API key, added here).
 *
 * Body: {"product_id", "interaction_type", "user_id"?, "request_id"?, "quantity"?, "context"?}.
 * Only the fields and event types a browser may report pass; the session id comes from the
 * visitor's cookie, never from the body. pgrec's answer (202 {"id", "duplicate"} or its 4xx
 * error naming the field) is handed back as is.
 */
import type { NextRequest } from "next/server";

import { BROWSER_INTERACTION_TYPES, type BrowserInteractionType } from "@/lib/pgrec";
import { errorResponse, forwardToPgrec, resolveVisitor, withSession } from "@/lib/pgrec-server";

const MAX_BODY_BYTES = 16 * 1024;

function isBrowserType(value: unknown): value is BrowserInteractionType {
  return typeof value === "string" && (BROWSER_INTERACTION_TYPES as readonly string[]).includes(value);
}

export async function POST(request: NextRequest) {
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) {
    return errorResponse(413, "body_too_large", `at most ${MAX_BODY_BYTES} bytes`, "body");
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return errorResponse(400, "invalid_json", "the body is not JSON", "body");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return errorResponse(400, "invalid_body", "expected a JSON object", "body");
  }
  const event = body as Record<string, unknown>;
  if (typeof event.product_id !== "string" || event.product_id === "") {
    return errorResponse(400, "invalid_field", "product_id is required", "product_id");
  }
  if (!isBrowserType(event.interaction_type)) {
    const allowed = BROWSER_INTERACTION_TYPES.join(", ");
    return errorResponse(400, "invalid_field", `interaction_type must be one of ${allowed}`, "interaction_type");
  }
  const visitor = resolveVisitor(request, typeof event.user_id === "string" ? event.user_id : null);
  const forwarded: Record<string, unknown> = {
    product_id: event.product_id,
    interaction_type: event.interaction_type,
    session_id: visitor.sessionId,
  };
  if (visitor.userId) forwarded.user_id = visitor.userId;
  if (typeof event.request_id === "string") forwarded.request_id = event.request_id;
  if (typeof event.quantity === "number") forwarded.quantity = event.quantity;
  if (typeof event.context === "object" && event.context !== null && !Array.isArray(event.context)) {
    forwarded.context = { ...(event.context as Record<string, unknown>), source: "storefront" };
  } else {
    forwarded.context = { source: "storefront" };
  }
  const response = await forwardToPgrec("/track", { method: "POST", body: forwarded });
  return withSession(response, visitor);
}
