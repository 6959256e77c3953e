/**
 * GET /api/recommendations -> pgrec GET /recommendations.
 *
 * Query (pgrec's names): user_id, limit, category, exclude (comma-separated ids), min_price,
 * max_price. The visitor's session id (cookie) is always added, so anonymous visitors get
 * session-based recommendations; pgrec prefers user_id when both are there.
 */
import type { NextRequest } from "next/server";

import { forwardToPgrec, resolveVisitor, withSession } from "@/lib/pgrec-server";

const FORWARDED = ["limit", "category", "exclude", "min_price", "max_price"] as const;

export async function GET(request: NextRequest) {
  const incoming = request.nextUrl.searchParams;
  const visitor = resolveVisitor(request, incoming.get("user_id"));
  const query = new URLSearchParams();
  if (visitor.userId) query.set("user_id", visitor.userId);
  query.set("session_id", visitor.sessionId);
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value !== null && value !== "") query.set(name, value);
  }
  const response = await forwardToPgrec("/recommendations", { method: "GET", query });
  response.headers.set("cache-control", "private, no-store");
  return withSession(response, visitor);
}
