# Leerruimte web app served by nginx, which also proxies /api/ to the API replicas.
# Build from the repo root:
#   docker build -f docker/web.Dockerfile -t leerruimte/web .

# ---- build ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run web:build

# ---- runtime ----
FROM nginx:1.28-alpine AS runtime
# Replaces the image's default server; the image's nginx.conf includes conf.d/*.conf in http {}.
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/html
EXPOSE 80
# busybox wget is in the alpine image; 127.0.0.1 because nginx listens on IPv4 only.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/index.html || exit 1
