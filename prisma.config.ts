import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

// The JS schema engine (WebAssembly) runs migrations through the driver adapter, so the
// CLI works without downloading native engines.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    return new PrismaLibSQL({ url: process.env.DATABASE_URL ?? 'file:./data/stepwise.db' });
  },
});
