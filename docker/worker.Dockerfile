# Leerruimte worker image (BullMQ jobs; no HTTP API, only health and metrics on WORKER_PORT).
# Build from the repo root:
#   docker build -f docker/worker.Dockerfile -t leerruimte/worker .

# ---- build ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
# Dependencies first, so source changes do not invalidate the install layer.
# npm install (not npm ci): it still follows package-lock.json.
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run worker:build

# ---- runtime ----
FROM node:24-bookworm-slim AS runtime
WORKDIR /app
# The webpack bundle keeps its npm packages external, so production node_modules are needed.
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist/apps/worker dist/apps/worker

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    WORKER_PORT=3001
USER node
EXPOSE 3001
# Liveness on the ops port; Node's fetch because slim images have no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.WORKER_PORT || 3001) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap as tools/scripts/lib/platform.mjs (WORKER_NODE_FLAGS) sets it: a fan-out stays under 256 MiB.
CMD ["node", "--max-old-space-size=192", "--max-semi-space-size=8", "dist/apps/worker/main.js"]
