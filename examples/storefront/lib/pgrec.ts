/**
 * pgrec for the browser and the server alike: the service's JSON shapes and small fetch helpers
 * that talk to this storefront's own API routes (never to pgrec directly, so the API key stays
 * on the server). Server-only forwarding lives in lib/pgrec-server.ts.
 */

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

/** Why a product was recommended: `rule` (similar, bought_together, trending, popular, ...) and a human `text`. */
export interface RecommendationReason {
  rule: string;
  text: string;
  anchor_product_id?: string;
  anchor_title?: string;
  [key: string]: unknown;
}

/** One item of GET /recommendations. */
export interface Recommendation {
  id: string;
  title: string;
  thumbnail: string | null;
  price: number | null;
  score: number;
  reason: RecommendationReason | null;
}

/** GET /recommendations: `request_id` goes back with every click so pgrec can measure CTR per algorithm. */
export interface RecommendationsResponse {
  recommendations: Recommendation[];
  algorithm: string;
  cached: boolean;
  request_id: string;
}

/** POST /track body as the browser sends it to /api/recommendations/track. */
export interface TrackEvent {
  product_id: string;
  interaction_type: BrowserInteractionType;
  /** The signed-in customer (e.g. Medusa's `cus_...`); anonymous visitors are tracked by session cookie. */
  user_id?: string;
  /** The `request_id` of the recommendation list the product was picked from. */
  request_id?: string;
  quantity?: number;
  context?: Record<string, unknown>;
}

/** POST /track answer (202): the new event id, null when `external_id` was a duplicate. */
export interface TrackResponse {
  id: number | null;
  duplicate: boolean;
}

/** Every pgrec error, and this kit's own (e.g. upstream unavailable), has this shape. */
export interface PgrecErrorBody {
  error: { code: string; message: string; field: string | null };
}

export interface RecommendationsQuery {
  userId?: string;
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
  if (query.userId) params.set("user_id", query.userId);
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

/** The human-readable reason, e.g. "similar to WHITE HANGING HEART T-LIGHT HOLDER". */
export function reasonText(reason: Recommendation["reason"]): string {
  return reason?.text ?? "";
}

export function formatPrice(price: number | null, currency = "USD", locale?: string): string {
  if (price === null || !Number.isFinite(price)) return "";
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(price);
}
