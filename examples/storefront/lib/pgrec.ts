/**
 * pgrec for the browser and the server alike: the service's JSON shapes and small fetch helpers
 * that talk to this storefront's own API routes (never to pgrec directly, so the API key stays
 * on the server). Server-only forwarding lives in lib/pgrec-server.ts.
 */

import type { paths } from "@/lib/pgrec-api";

/*
 * The service's JSON shapes, taken from lib/pgrec-api.d.ts: types generated from pgrec's OpenAPI
 * document (`npm run generate:api`), so a change of the service's answers fails `tsc` here.
 */
type JsonOf<Part> = Part extends { content: { "application/json": infer Body } } ? Body : never;
type Recommendations = paths["/recommendations"]["get"];
type Track = paths["/track"]["post"];

/** GET /recommendations: `request_id` goes back with every click so pgrec can measure CTR per algorithm. */
export type RecommendationsResponse = JsonOf<Recommendations["responses"][200]>;
/** One item of GET /recommendations, with the `reason` it is listed for. */
export type Recommendation = RecommendationsResponse["recommendations"][number];
/** GET /recommendations' query as pgrec takes it (the storefront's server fills in the visitor). */
export type PgrecRecommendationsQuery = NonNullable<Recommendations["parameters"]["query"]>;
/**
 * POST /track's body as pgrec takes it (the storefront's server fills in the visitor): the member of
 * the document's TrackEvent with every field. Its `anyOf` (user_id or session_id required) comes out
 * of openapi-typescript as extra union members `{user_id}` and `{session_id}`, left out here.
 */
export type PgrecTrackBody = Extract<JsonOf<Track["requestBody"]>, { product_id: string }>;
/** POST /track answer (202): the new event id, null when `external_id` was a duplicate. */
export type TrackResponse = JsonOf<Track["responses"][202]>;
/** Every pgrec error, and this kit's own (e.g. upstream unavailable), has this shape. */
export type PgrecErrorBody = JsonOf<Recommendations["responses"][400]>;

/** Event types pgrec weighs by default (rec_interaction_types; editable in the database). */
export type InteractionType = "view" | "click" | "add_to_cart" | "wishlist" | "purchase";

/**
 * What the browser may report through /api/recommendations/track. Purchases are left out on
 * purpose: they should come from the order backend (Medusa orders via rec_sync_medusa_orders, or
 * POST /track from the server), not from a request anyone can forge.
 */
export type BrowserInteractionType = Exclude<InteractionType, "purchase">;
export const BROWSER_INTERACTION_TYPES: readonly BrowserInteractionType[] = [
  "view",
  "click",
  "add_to_cart",
  "wishlist",
];

/**
 * What the browser sends to /api/recommendations/track: pgrec's event without the visitor. Who the
 * visitor is (pgrec's `user_id`, `session_id`) comes from the storefront's server-side session; a
 * body naming them is refused.
 */
export type TrackEvent = Pick<PgrecTrackBody, "product_id" | "request_id" | "quantity" | "context"> & {
  interaction_type: BrowserInteractionType;
};

/** What the browser asks /api/recommendations for (never whom for: that is the session's visitor). */
export interface RecommendationsQuery {
  limit?: number;
  category?: string;
  exclude?: readonly string[];
  minPrice?: number;
  maxPrice?: number;
}

export const RECOMMENDATIONS_ROUTE = "/api/recommendations";
export const TRACK_ROUTE = "/api/recommendations/track";

/** The query string of GET /api/recommendations (pgrec's own parameter names). */
export function recommendationsSearchParams(query: RecommendationsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  if (query.category) params.set("category", query.category);
  if (query.exclude && query.exclude.length > 0) params.set("exclude", query.exclude.join(","));
  if (query.minPrice !== undefined) params.set("min_price", String(query.minPrice));
  if (query.maxPrice !== undefined) params.set("max_price", String(query.maxPrice));
  return params;
}

/** Recommendations through this storefront's API route. Throws on a non-2xx answer. */
export async function fetchRecommendations(
  query: RecommendationsQuery,
  signal?: AbortSignal,
): Promise<RecommendationsResponse> {
  const response = await fetch(`${RECOMMENDATIONS_ROUTE}?${recommendationsSearchParams(query)}`, {
    headers: { accept: "application/json" },
    cache: "no-store",
    signal,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as PgrecErrorBody | null;
    throw new Error(body?.error.message ?? `recommendations: HTTP ${response.status}`);
  }
  return (await response.json()) as RecommendationsResponse;
}

/**
 * Report an interaction through this storefront's API route. Fire and forget: resolves to false
 * instead of throwing, so tracking can never break a page. `keepalive` lets a click survive the
 * navigation it starts.
 */
export async function trackInteraction(event: TrackEvent): Promise<boolean> {
  try {
    const response = await fetch(TRACK_ROUTE, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
      keepalive: true,
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** The human-readable reason, e.g. "similar to WHITE HANGING HEART T-LIGHT HOLDER" (its `text`). */
export function reasonText(reason: Recommendation["reason"]): string {
  return reason?.text ?? "";
}

export function formatPrice(price: number | null, currency = "USD", locale?: string): string {
  if (price === null || !Number.isFinite(price)) return "";
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(price);
}
