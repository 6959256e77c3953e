"use client";

/**
 * Wrap a product page (or card) to report that the visitor saw it: one `view` per product when it
 * mounts, through /api/recommendations/track. Renders its children unchanged.
 *
 *   <TrackingWrapper productId={product.id}>
 *     <ProductDetails product={product} />
 *   </TrackingWrapper>
 *
 * Pass `requestId` when the visitor came from a recommendation list (e.g. `?rec=<request_id>`),
 * so the view is credited to that list in pgrec's analytics. Who viewed it is not a prop: the
 * storefront's server takes the visitor from its own session (lib/pgrec-identity.ts).
 */
import { useEffect, useRef, type ReactNode } from "react";

import { trackInteraction, type BrowserInteractionType } from "@/lib/pgrec";

export interface TrackingWrapperProps {
  productId: string;
  interactionType?: BrowserInteractionType;
  requestId?: string;
  context?: Record<string, unknown>;
  /** Called with whether pgrec accepted the event (e.g. to refresh a recommendation list). */
  onTracked?: (accepted: boolean) => void;
  children?: ReactNode;
}

export function TrackingWrapper({
  productId,
  interactionType = "view",
  requestId,
  context,
  onTracked,
  children,
}: TrackingWrapperProps) {
  const tracked = useRef<string | null>(null);
  const latest = useRef({ context, onTracked });
  latest.current = { context, onTracked };

  useEffect(() => {
    const key = `${interactionType}|${productId}`;
    // React runs effects twice in development (Strict Mode): report each product once.
    if (tracked.current === key) return;
    tracked.current = key;
    void trackInteraction({
      product_id: productId,
      interaction_type: interactionType,
      request_id: requestId,
      context: latest.current.context,
    }).then((accepted) => latest.current.onTracked?.(accepted));
  }, [productId, interactionType, requestId]);

  return <>{children}</>;
}

export default TrackingWrapper;
