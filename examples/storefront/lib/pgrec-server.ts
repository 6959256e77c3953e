/**
 * Server-only half of the kit: forwards requests from this storefront's API routes to the pgrec
 * service with the API key, which never reaches the browser. Import it from route handlers and
 * server components only.
 *
 * Environment (server-side, no NEXT_PUBLIC_ prefix):
 *   PGREC_URL         where pgrec answers (default http://recommendation:8001, the compose service)
 *   PGREC_API_KEY     sent as `Authorization: Bearer ...` (pgrec requires it on /track when set)
 *   PGREC_TIMEOUT_MS  upstream time-out, default 2000
 */
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";

import type { PgrecErrorBody } from "@/lib/pgrec";

export const DEFAULT_PGREC_URL = "http://recommendation:8001";
/** Anonymous visitors are tracked and recommended for by this cookie (pgrec's `session_id`). */
export const SESSION_COOKIE = "pgrec_sid";
const SESSION_MAX_AGE = 60 * 60 * 24 * 365;

export interface PgrecConfig {
  baseUrl: string;
  apiKey: string | undefined;
  timeoutMs: number;
}

export function pgrecConfig(env: NodeJS.ProcessEnv = process.env): PgrecConfig {
  const timeout = Number(env.PGREC_TIMEOUT_MS);
  return {
    baseUrl: (env.PGREC_URL || DEFAULT_PGREC_URL).replace(/\/+$/, ""),
    apiKey: env.PGREC_API_KEY || undefined,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 2000,
  };
}

export interface Visitor {
  userId: string | undefined;
  sessionId: string;
  /** True when the session cookie has to be set on the response. */
  newSession: boolean;
}

/**
 * Who is asking. The session id comes from an httpOnly cookie this kit sets. The user id is the
 * one the page passed (as in the seed's flow); in a store with accounts, replace `claimedUserId`
 * by the customer of the authenticated session (e.g. Medusa's customer id), so nobody can read or
 * write another customer's recommendations.
 */
export function resolveVisitor(request: NextRequest, claimedUserId: string | null | undefined): Visitor {
  const existing = request.cookies.get(SESSION_COOKIE)?.value;
  const valid = existing !== undefined && /^[A-Za-z0-9_-]{8,128}$/.test(existing);
  return {
    userId: claimedUserId?.trim() || undefined,
    sessionId: valid ? existing : crypto.randomUUID(),
    newSession: !valid,
  };
}

/** Set the session cookie on `response` when the visitor is new. */
export function withSession<T extends NextResponse>(response: T, visitor: Visitor): T {
  if (visitor.newSession) {
    response.cookies.set(SESSION_COOKIE, visitor.sessionId, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
      path: "/",
      maxAge: SESSION_MAX_AGE,
    });
  }
  return response;
}

export function errorResponse(status: number, code: string, message: string, field: string | null = null) {
  const body: PgrecErrorBody = { error: { code, message, field } };
  return NextResponse.json(body, { status });
}

export interface ForwardOptions {
  method: "GET" | "POST";
  /** Query parameters appended to `path`. */
  query?: URLSearchParams;
  /** JSON body for POST. */
  body?: unknown;
  config?: PgrecConfig;
}

/**
 * Call pgrec and hand its answer back unchanged (status and JSON body). pgrec unreachable or too
 * slow -> 502 / 504 with pgrec's error shape, so the browser code has one error format to read.
 */
export async function forwardToPgrec(path: string, options: ForwardOptions): Promise<NextResponse> {
  const config = options.config ?? pgrecConfig();
  const search = options.query?.toString() ?? "";
  const url = `${config.baseUrl}${path}${search ? `?${search}` : ""}`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: "no-store",
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    return timedOut
      ? errorResponse(504, "upstream_timeout", `pgrec did not answer within ${config.timeoutMs} ms`)
      : errorResponse(502, "upstream_unavailable", "pgrec is unreachable");
  }
  const text = await upstream.text();
  return new NextResponse(text, {
    status: upstream.status,
    headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" },
  });
}
