import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";

/** The client's address from a request's headers, with this deployment's TRUST_PROXY_HOPS. */
export function requestAddress(header: (name: string) => string | null | undefined): string | null {
  return clientAddress(header, env.TRUST_PROXY_HOPS);
}

/** The address of whoever calls the current server action or route handler. */
export async function callerAddress(): Promise<string | null> {
  const incoming = await headers();
  return requestAddress((name) => incoming.get(name));
}
