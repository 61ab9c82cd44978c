// A server component: the page is rendered on the server for each request, with the
// shop's API (the test passes the mock's as ?api=…) as <sd-shop api-base> in the HTML.
import { Shop } from './shop';

export default async function Page({ searchParams }: { searchParams: Promise<{ api?: string | string[] }> }) {
  const { api } = await searchParams;
  return <Shop api={typeof api === 'string' ? api : '/api/v1'} />;
}
