/**
 * Who is on the other end of a request. Next's route handlers and server actions cannot see the
 * socket, so our server (scripts/serve.ts) writes the connection's address into PEER_HEADER,
 * overwriting whatever a client sent under that name. X-Forwarded-For is client input: it counts
 * only through TRUST_PROXY_HOPS proxies that we run (a load balancer appends the address it saw).
 */
export const PEER_HEADER = "x-dln-peer-address";

type HeaderGetter = (name: string) => string | null | undefined;

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function normalise(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the peer itself with no trusted proxy; behind `trustedHops` proxies, the
 * entry that many places before the peer in X-Forwarded-For + peer (each proxy appends the address
 * it received from). Entries a client wrote sit further left and are never reached. Null when the
 * server did not say (the dev server).
 */
export function clientAddress(header: HeaderGetter, trustedHops: number): string | null {
  const peer = header(PEER_HEADER);
  if (!peer) return null;
  if (trustedHops <= 0) return normalise(peer);
  const forwarded = (header("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalise(chain[Math.max(0, chain.length - 1 - trustedHops)]!);
}
