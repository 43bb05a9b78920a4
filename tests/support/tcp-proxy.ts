import net from "node:net";

export interface Upstream {
  host: string;
  port: number;
}

/**
 * A TCP proxy the fault tests put between two parts of the system: in front of PostgreSQL, where
 * `stop()` does to the app what a stopped server does (every open connection is reset, new ones
 * are refused) without touching the server other suites share; and in front of app instances, as a
 * load balancer that sends each connection to the first upstream that accepts it (a killed instance
 * refuses, so its learners reach the next one).
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly open = new Set<net.Socket>();
  port = 0;

  constructor(private readonly upstreams: Upstream[]) {}

  /** Listens on 127.0.0.1 (a free port the first time, the same port after a `stop()`). */
  async start(): Promise<number> {
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as net.AddressInfo).port;
    return this.port;
  }

  /** Like a server going away: resets every connection through the proxy and refuses new ones until `start()`. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.open) socket.destroy();
    this.open.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** `url` with its host and port replaced by this proxy's. */
  through(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = "127.0.0.1";
    parsed.port = String(this.port);
    return parsed.toString();
  }

  private accept(client: net.Socket) {
    this.track(client);
    client.pause();
    this.connect(client, 0);
  }

  private connect(client: net.Socket, index: number) {
    const target = this.upstreams[index];
    if (!target || client.destroyed) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const failover = () => {
      upstream.destroy();
      this.connect(client, index + 1);
    };
    upstream.once("error", failover);
    upstream.once("connect", () => {
      upstream.off("error", failover);
      this.track(upstream);
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.on("error", close).on("close", close);
      client.on("error", close).on("close", close);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  }

  private track(socket: net.Socket) {
    this.open.add(socket);
    socket.once("close", () => this.open.delete(socket));
  }
}
