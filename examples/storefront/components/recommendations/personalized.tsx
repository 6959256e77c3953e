"use client";

/**
 * A personalised product list from pgrec: fetched through /api/recommendations, each item with
 * its reason ("similar to ...", "bought together with ..."). A click reports `click` with the
 * list's `request_id`, so pgrec's analytics credit the algorithm that produced the list.
 *
 *   <Personalized limit={8} title="Recommended for you" />
 *
 * Whom the list is for is not a prop: the storefront's server takes the signed-in customer from its
 * own session (lib/pgrec-identity.ts); anonymous visitors get session-based recommendations from the
 * products they viewed. Pass a new `refreshKey` after sign-in or sign-out to fetch the list again.
 * While loading it shows placeholders; on an error or an empty list it renders nothing, so
 * recommendations can never break a page.
 */
import Link from "next/link";
import { useEffect, useState } from "react";

import {
  fetchRecommendations,
  formatPrice,
  reasonText,
  trackInteraction,
  type Recommendation,
  type RecommendationsResponse,
} from "@/lib/pgrec";

export interface PersonalizedProps {
  limit?: number;
  category?: string;
  exclude?: readonly string[];
  minPrice?: number;
  maxPrice?: number;
  title?: string;
  currency?: string;
  /** Where a product links to; the list's request id is appended as `rec` for view attribution. */
  productHref?: (id: string) => string;
  /** Change it (e.g. after tracking an event) to fetch the list again. */
  refreshKey?: string | number;
}

type State =
  | { status: "loading" }
  | { status: "ready"; data: RecommendationsResponse }
  | { status: "failed"; message: string };

const defaultHref = (id: string) => `/products/${encodeURIComponent(id)}`;

export function Personalized({
  limit = 8,
  category,
  exclude,
  minPrice,
  maxPrice,
  title = "Recommended for you",
  currency = "USD",
  productHref = defaultHref,
  refreshKey,
}: PersonalizedProps) {
  const [state, setState] = useState<State>({ status: "loading" });
  const excludeKey = exclude?.join(",") ?? "";

  useEffect(() => {
    const controller = new AbortController();
    fetchRecommendations(
      { limit, category, exclude: excludeKey ? excludeKey.split(",") : undefined, minPrice, maxPrice },
      controller.signal,
    )
      .then((data) => setState({ status: "ready", data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [limit, category, excludeKey, minPrice, maxPrice, refreshKey]);

  if (state.status === "failed") return null;
  if (state.status === "loading") {
    return (
      <section className="pgrec-recommendations" aria-busy="true">
        <h2>{title}</h2>
      </section>
    );
  }
  const { recommendations, request_id: requestId, algorithm } = state.data;
  if (recommendations.length === 0) return null;

  const onClick = (item: Recommendation, position: number) => {
    void trackInteraction({
      product_id: item.id,
      interaction_type: "click",
      request_id: requestId,
      context: { position, algorithm, list: "personalized" },
    });
  };

  return (
    <section className="pgrec-recommendations" data-request-id={requestId} data-algorithm={algorithm}>
      <h2>{title}</h2>
      <ul>
        {recommendations.map((item, position) => {
          const base = productHref(item.id);
          const href = `${base}${base.includes("?") ? "&" : "?"}rec=${encodeURIComponent(requestId)}`;
          return (
            <li key={item.id} data-product-id={item.id}>
              <Link href={href} onClick={() => onClick(item, position)}>
                {item.thumbnail ? (
                  // A plain <img>: product images live on the store's CDN, whatever its domain.
                  <img src={item.thumbnail} alt={item.title} width={160} height={160} loading="lazy" />
                ) : null}
                <span className="pgrec-title">{item.title}</span>
                <span className="pgrec-price">{formatPrice(item.price, currency)}</span>
                <small className="pgrec-reason">{reasonText(item.reason)}</small>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export default Personalized;
