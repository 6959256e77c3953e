/**
 * Demo home page: the personalised list for `?user_id=<customer>` (or, without it, for this
 * browser's session). In a real store, take the user id from the signed-in customer.
 */
import { Personalized } from "@/components/recommendations/personalized";

export default async function Home({ searchParams }: { searchParams: Promise<{ user_id?: string }> }) {
  const { user_id: userId } = await searchParams;
  return (
    <main>
      <h1>pgrec storefront kit</h1>
      <Personalized userId={userId} limit={8} />
    </main>
  );
}
