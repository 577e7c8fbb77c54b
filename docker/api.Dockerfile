# Leerruimte API image. Build from the repo root:
#   docker build -f docker/api.Dockerfile -t leerruimte/api .
# The API also serves the web app, so this image builds and ships both.

# ---- build ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
# Dependencies first, so source changes do not invalidate the install layer.
# npm install (not npm ci): it still follows package-lock.json.
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run api:build && npx nx run web:build

# ---- runtime ----
FROM node:24-bookworm-slim AS runtime
WORKDIR /app
# The webpack bundles keep their npm packages external, so production node_modules are needed.
# Scripts are skipped: nothing at runtime needs a compile step.
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
# Files stay owned by root: the app only reads them.
COPY --from=build /app/dist/apps/api dist/apps/api
COPY --from=build /app/dist/apps/web/browser dist/apps/web/browser

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST_PATH=/app/dist/apps/web/browser
USER node
EXPOSE 3000
# Slim images have no curl; Node's built-in fetch does the job. Liveness only, so a database
# outage does not make Docker restart every replica.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node receives SIGTERM directly (compose adds an init process with init: true).
CMD ["node", "dist/apps/api/main.js"]
