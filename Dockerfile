# syntax=docker/dockerfile:1
#
# The agentwatch service image: `docker build -t agentwatch .`, or `docker compose up` for the whole
# stack (Kafka, ClickHouse, Prometheus, Grafana; see docker-compose.yml).
#
# Debian (glibc) images on both stages, never Alpine: the embedded ClickHouse engine (chdb) ships as a
# prebuilt glibc library (@chdb/lib-linux-*-gnu), and `agentwatch replay`/`sql` use it without a server.
#
# Node 24 (LTS): Node 20 reached end of life on 2026-04-30. CI runs the whole test suite on Node 24
# and on Node 20 (.ci/run); chdb's addon is a Node-API one, so the same package serves both.

ARG NODE_BUILD_IMAGE=node:24-bookworm
ARG NODE_RUNTIME_IMAGE=node:24-bookworm-slim

# ---- build: install everything, compile TypeScript, then drop the dev dependencies ----
FROM ${NODE_BUILD_IMAGE} AS build
WORKDIR /app

# The lockfile alone first, so a source edit reuses the dependency layer. --ignore-scripts because
# the package's `prepare` script would compile before the sources are copied; no runtime dependency
# needs an install script (chdb's is a no-op, its engine is a platform package).
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

COPY . .
RUN npm run build \
    && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# ---- runtime: node, the compiled code and production dependencies only, as a non-root user ----
FROM ${NODE_RUNTIME_IMAGE} AS runtime
# /metrics on every interface of the container (its own network namespace): the default outside a
# container is loopback only.
ENV NODE_ENV=production \
    AGENTWATCH_STORE=/var/lib/agentwatch/data \
    AGENTWATCH_HTTP_HOST=0.0.0.0
WORKDIR /app

# Application files stay owned by root: the service user can read them but not change them.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin

# The only writable place: the embedded store's data directory (unused when
# AGENTWATCH_CLICKHOUSE_URL names a server). `node` (uid 1000) comes with the base image.
RUN mkdir -p /var/lib/agentwatch/data && chown -R node:node /var/lib/agentwatch
VOLUME ["/var/lib/agentwatch"]
USER node

# /metrics, /healthz and /readyz (AGENTWATCH_HTTP_PORT changes it; the health check follows).
EXPOSE 9464

# The slim image has no curl or wget: Node's own fetch asks /healthz.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.AGENTWATCH_HTTP_PORT || 9464) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# kafkajs 2.2.4 (its last release) arms a timer with a negative delay; Node 20 ran it after 1 ms
# silently, Node 24 does the same but prints a TimeoutNegativeWarning on stderr, where the service's
# log is JSON lines only. Only that warning is silenced.
ENTRYPOINT ["node", "--disable-warning=TimeoutNegativeWarning", "bin/agentwatch.js"]
CMD ["run"]
