# Production image: Node 24, production dependencies only, non-root, data on a volume.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY server ./server
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY server ./server
COPY prisma ./prisma
COPY prisma.config.ts ./
# The `node` devDependency is skipped here: the image's own Node 24 runs the app.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/web/dist ./web/dist
COPY curriculum ./curriculum
COPY exercises ./exercises
# The sandbox runtime bundle is cached next to its sources; build it while /app is writable.
RUN node server/grader/runtime/build.ts && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/main.ts"]
