/**
 * GET /api/recommendations -> pgrec GET /recommendations, through the typed client.
 *
 * Query (pgrec's names): limit, category, exclude (comma-separated ids), min_price, max_price.
 * Whom for is never taken from the request: the signed-in customer (`getCustomerId`, the store's
 * session) becomes `user_id` and the signed session cookie `session_id` (pgrec prefers `user_id`,
 * anonymous visitors get session-based recommendations). A query naming `user_id` or `session_id`
 * gets 400; a storefront without PGREC_API_KEY or PGREC_SESSION_SECRET answers 500 and calls nothing.
 */
import type { NextRequest } from "next/server";

import type { PgrecRecommendationsQuery } from "@/lib/pgrec";
import {
  errorResponse,
  notConfigured,
  pgrecConfig,
  refuseBrowserIdentity,
  relay,
  resolveVisitor,
  withSession,
} from "@/lib/pgrec-server";

const NUMBERS = ["limit", "min_price", "max_price"] as const;
const TEXTS = ["category", "exclude"] as const;

export async function GET(request: NextRequest) {
  const checked = pgrecConfig();
  if (!checked.ok) return notConfigured(checked.problem);
  const incoming = request.nextUrl.searchParams;
  const refused = refuseBrowserIdentity((name) => incoming.has(name));
  if (refused) return refused;

  const visitor = await resolveVisitor(request, checked.config);
  const query: PgrecRecommendationsQuery = { session_id: visitor.sessionId };
  if (visitor.customerId) query.user_id = visitor.customerId;
  for (const name of NUMBERS) {
    const value = incoming.get(name);
    if (value === null || value === "") continue;
    const number = Number(value);
    if (!Number.isFinite(number)) {
      return errorResponse(400, "invalid_parameter", `${name}: expected a number, got ${JSON.stringify(value)}`, name);
    }
    query[name] = number;
  }
  for (const name of TEXTS) {
    const value = incoming.get(name);
    if (value !== null && value !== "") query[name] = value;
  }

  const response = await relay(checked.config, (client, signal) =>
    client.GET("/recommendations", { params: { query }, signal }),
  );
  response.headers.set("cache-control", "private, no-store");
  return withSession(response, visitor);
}
