/**
 * Demo home page: the personalised list for whoever this browser's session says (the signed-in
 * customer, or the anonymous session). With PGREC_DEMO_SIGN_IN=1 under `next dev`,
 * /demo/sign-in?customer_id=<a customer id> plays the store's login.
 */
import { Personalized } from "@/components/recommendations/personalized";

export default function Home() {
  return (
    <main>
      <h1>pgrec storefront kit</h1>
      <Personalized limit={8} />
    </main>
  );
}
