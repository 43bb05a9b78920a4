# Production image: the app on Node 20. Use with PostgreSQL (see compose.yaml and docs/deployment.md).
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 (the embedded default) compiles from source.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /app /app
RUN useradd --system --uid 1001 notebooks && mkdir -p data && chown -R notebooks data
USER notebooks
EXPOSE 3000
# Apply pending migrations, then serve (scripts/serve.ts: next start that records client addresses). NEXTAUTH_SECRET, NEXTAUTH_URL and DATABASE_URL come from the environment.
CMD ["sh", "-c", "node_modules/.bin/tsx scripts/migrate.ts && node_modules/.bin/tsx scripts/serve.ts --port ${PORT}"]
