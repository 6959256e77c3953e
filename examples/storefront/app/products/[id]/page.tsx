/**
 * Demo product page: reports a `view` (credited to the list the visitor came from, `?rec=`), then
 * shows recommendations that leave this product out. A store renders its own product details here.
 */
import { Personalized } from "@/components/recommendations/personalized";
import { TrackingWrapper } from "@/components/tracking/tracking-wrapper";

interface ProductPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ rec?: string }>;
}

export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  const { id } = await params;
  const { rec } = await searchParams;
  const productId = decodeURIComponent(id);
  return (
    <main>
      <TrackingWrapper productId={productId} requestId={rec}>
        <h1>Product {productId}</h1>
      </TrackingWrapper>
      <Personalized exclude={[productId]} title="You may also like" />
    </main>
  );
}
