/**
 * Server-only half of the kit: configuration, the visitor's identity and a typed pgrec client whose
 * answers the storefront's API routes hand back. The API key and the session secret never reach
 * the browser. Import it from route handlers and server components only.
 *
 * Environment (server-side, no NEXT_PUBLIC_ prefix):
 *   PGREC_URL             where pgrec answers (default http://recommendation:8001, the compose service)
 *   PGREC_API_KEY         required: sent as `Authorization: Bearer ...` on every call
 *   PGREC_SESSION_SECRET  required, at least 32 characters: signs the kit's cookies
 *   PGREC_TIMEOUT_MS      upstream time-out, default 2000
 * Without the key or the secret the routes answer 500 `not_configured` and send nothing to pgrec.
 */
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import createClient from "openapi-fetch";

import type { PgrecErrorBody } from "@/lib/pgrec";
import type { paths } from "@/lib/pgrec-api";
import { getCustomerId } from "@/lib/pgrec-identity";
import { signValue, verifiedValue } from "@/lib/pgrec-signing";

export const DEFAULT_PGREC_URL = "http://recommendation:8001";
export const MIN_SESSION_SECRET_LENGTH = 32;
/** Anonymous visitors are tracked and recommended for by this signed cookie (pgrec's `session_id`). */
export const SESSION_COOKIE = "pgrec_sid";
const SESSION_MAX_AGE = 60 * 60 * 24 * 365;
/** Who the visitor is comes from the server-side session; a request naming it is refused. */
export const BROWSER_IDENTITY_FIELDS = ["user_id", "session_id"] as const;

export interface PgrecConfig {
  baseUrl: string;
  apiKey: string;
  sessionSecret: string;
  timeoutMs: number;
}

export type ConfigCheck = { ok: true; config: PgrecConfig } | { ok: false; problem: string };

export function pgrecConfig(env: NodeJS.ProcessEnv = process.env): ConfigCheck {
  const apiKey = env.PGREC_API_KEY?.trim();
  if (!apiKey) {
    return { ok: false, problem: "PGREC_API_KEY is not set on the storefront's server" };
  }
  const sessionSecret = env.PGREC_SESSION_SECRET ?? "";
  if (sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    return {
      ok: false,
      problem: `PGREC_SESSION_SECRET is not set on the storefront's server (at least ${MIN_SESSION_SECRET_LENGTH} characters)`,
    };
  }
  const timeout = Number(env.PGREC_TIMEOUT_MS);
  return {
    ok: true,
    config: {
      baseUrl: (env.PGREC_URL || DEFAULT_PGREC_URL).replace(/\/+$/, ""),
      apiKey,
      sessionSecret,
      timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 2000,
    },
  };
}

export function errorResponse(status: number, code: string, message: string, field: string | null = null) {
  const body: PgrecErrorBody = { error: { code, message, field } };
  return NextResponse.json(body, { status, headers: { "cache-control": "private, no-store" } });
}

/** Fail closed: a storefront without its key or secret answers 500 and forwards nothing. */
export function notConfigured(problem: string) {
  console.error(`pgrec storefront kit: ${problem}; answering 500 and sending nothing to pgrec`);
  return errorResponse(500, "not_configured", `${problem}: the storefront cannot call pgrec`);
}

/** 400 when the request names a visitor (`has(name)` says whether the query or body holds `name`). */
export function refuseBrowserIdentity(has: (name: string) => boolean) {
  const named = BROWSER_IDENTITY_FIELDS.find(has);
  if (named === undefined) return null;
  return errorResponse(
    400,
    "invalid_parameter",
    `${named}: not accepted from the browser; the visitor comes from the storefront's session`,
    named,
  );
}

export interface Visitor {
  /** The signed-in customer (pgrec's `user_id`) from `getCustomerId`, undefined when anonymous. */
  customerId: string | undefined;
  /** pgrec's `session_id`: the id in the signed session cookie, or a new one. */
  sessionId: string;
  /** The signed cookie value to set when the session is new. */
  newSessionCookie: string | undefined;
}

async function customerOf(request: NextRequest, secret: string): Promise<string | undefined> {
  try {
    return (await getCustomerId(request, secret))?.trim() || undefined;
  } catch (error) {
    console.error("pgrec storefront kit: getCustomerId failed; serving the visitor as anonymous", error);
    return undefined;
  }
}

/** Who is asking, from the server-side session only. */
export async function resolveVisitor(request: NextRequest, config: PgrecConfig): Promise<Visitor> {
  const customerId = await customerOf(request, config.sessionSecret);
  const existing = await verifiedValue(request.cookies.get(SESSION_COOKIE)?.value, config.sessionSecret);
  if (existing !== null) return { customerId, sessionId: existing, newSessionCookie: undefined };
  const sessionId = crypto.randomUUID();
  return { customerId, sessionId, newSessionCookie: await signValue(sessionId, config.sessionSecret) };
}

/** Set the signed session cookie on `response` when the visitor is new. */
export function withSession<T extends NextResponse>(response: T, visitor: Visitor): T {
  if (visitor.newSessionCookie !== undefined) {
    response.cookies.set(SESSION_COOKIE, visitor.newSessionCookie, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
      path: "/",
      maxAge: SESSION_MAX_AGE,
    });
  }
  return response;
}

/** The typed client: paths, parameters, bodies and answers checked against pgrec's OpenAPI document. */
export function pgrecClient(config: PgrecConfig) {
  return createClient<paths>({
    baseUrl: config.baseUrl,
    headers: { accept: "application/json", authorization: `Bearer ${config.apiKey}` },
  });
}

export type PgrecClient = ReturnType<typeof pgrecClient>;

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

function isErrorBody(value: unknown): value is PgrecErrorBody {
  return typeof value === "object" && value !== null && "error" in value;
}

/**
 * Call pgrec through the typed client and hand its answer back (status and JSON body). Unreachable
 * or too slow -> 502 / 504, and an answer that is not pgrec's JSON -> 502, all in pgrec's error shape,
 * so the browser code has one error format to read.
 */
export async function relay(
  config: PgrecConfig,
  call: (client: PgrecClient, signal: AbortSignal) => Promise<Answer>,
): Promise<NextResponse> {
  let answer: Answer;
  try {
    answer = await call(pgrecClient(config), AbortSignal.timeout(config.timeoutMs));
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    return timedOut
      ? errorResponse(504, "upstream_timeout", `pgrec did not answer within ${config.timeoutMs} ms`)
      : errorResponse(502, "upstream_unavailable", "pgrec is unreachable");
  }
  const { status } = answer.response;
  if (answer.response.ok) return NextResponse.json(answer.data ?? null, { status });
  if (isErrorBody(answer.error)) return NextResponse.json(answer.error, { status });
  return errorResponse(502, "upstream_error", `pgrec answered HTTP ${status} without its error body`);
}
