/**
 * Server only. THE hook that connects the kit to the store's own login: `getCustomerId` says which
 * customer the request belongs to, from the storefront's server-side session, never from anything
 * the browser sends as data. pgrec's `user_id` is what it returns; null means an anonymous visitor,
 * who gets recommendations for the kit's session cookie instead.
 *
 * The default reads the kit's own signed, httpOnly cookie, set at login with `signInCustomer` and
 * removed at logout with `signOutCustomer`. A store with its own session replaces the body, e.g. on
 * Medusa (the Next.js starter keeps the customer's token in the httpOnly cookie `_medusa_jwt`):
 *
 *   const token = request.cookies.get("_medusa_jwt")?.value;
 *   if (!token) return null;
 *   const me = await fetch(`${process.env.MEDUSA_BACKEND_URL}/store/customers/me`, {
 *     headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY! },
 *     cache: "no-store",
 *   });
 *   return me.ok ? ((await me.json()) as { customer: { id: string } }).customer.id : null;
 *
 * Whatever it does must fail towards null (anonymous): an error it throws is logged and the visitor
 * is treated as anonymous.
 */
import type { NextRequest, NextResponse } from "next/server";

import { signValue, verifiedValue } from "@/lib/pgrec-signing";

/** The kit's signed customer cookie (only used by the default `getCustomerId`). */
export const CUSTOMER_COOKIE = "pgrec_customer";
const CUSTOMER_MAX_AGE = 60 * 60 * 24 * 30;

/** The signed-in customer's id (pgrec's `user_id`), or null for an anonymous visitor. */
export async function getCustomerId(request: NextRequest, sessionSecret: string): Promise<string | null> {
  return verifiedValue(request.cookies.get(CUSTOMER_COOKIE)?.value, sessionSecret);
}

/** Call from the store's login handler once the customer is authenticated. */
export async function signInCustomer(response: NextResponse, customerId: string, sessionSecret: string) {
  response.cookies.set(CUSTOMER_COOKIE, await signValue(customerId, sessionSecret), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: CUSTOMER_MAX_AGE,
  });
  return response;
}

/** Call from the store's logout handler. */
export function signOutCustomer(response: NextResponse) {
  response.cookies.delete(CUSTOMER_COOKIE);
  return response;
}
