/**
 * Demo only: GET /demo/sign-in?customer_id=<id> stands in for the store's login (the kit's signed
 * customer cookie, as `signInCustomer` sets it), and without `customer_id` signs out; then back to
 * the home page. Off unless PGREC_DEMO_SIGN_IN=1 under `next dev`: a production build answers 404
 * whatever the variable says. A real store signs customers in through its own authentication.
 */
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";

import { signInCustomer, signOutCustomer } from "@/lib/pgrec-identity";
import { errorResponse, notConfigured, pgrecConfig } from "@/lib/pgrec-server";

export async function GET(request: NextRequest) {
  if (process.env.NODE_ENV === "production" || process.env.PGREC_DEMO_SIGN_IN !== "1") {
    return errorResponse(404, "not_found", "the demo sign-in is off (PGREC_DEMO_SIGN_IN=1 under next dev)");
  }
  const checked = pgrecConfig();
  if (!checked.ok) return notConfigured(checked.problem);
  const customerId = request.nextUrl.searchParams.get("customer_id")?.trim();
  const response = NextResponse.redirect(new URL("/", request.url));
  return customerId
    ? signInCustomer(response, customerId, checked.config.sessionSecret)
    : signOutCustomer(response);
}
