import { defineChecks } from '../../server/grader/checks.ts';

const DEFAULT_SETTINGS = { theme: 'light', language: 'en' };

export default defineChecks([
  {
    id: 'resolves-with-settings',
    title: 'loadSettings resolves with the settings fetchSettings resolves with',
    concepts: ['async-js.async-await'],
    async run({ call, fake, expect }) {
      const fetchSettings = fake('fetchSettings', () => ({ after: 30, value: { theme: 'dark', language: 'fr' } }));
      const r = await call('loadSettings', 7, fetchSettings);
      expect(r.error?.message, 'the error loadSettings rejected with (it should resolve)').toBeUndefined();
      expect(fetchSettings.calls.map((c) => c.args), 'the arguments fetchSettings received').toEqual([[7]]);
      expect(r.value, 'what loadSettings resolved with').toEqual({ theme: 'dark', language: 'fr' });
      expect(r.elapsedMs, 'ms until loadSettings resolved (fetchSettings takes 30)').toBe(30);
    },
  },
  {
    id: 'falls-back-to-defaults',
    title: 'loadSettings resolves with the defaults when fetchSettings rejects',
    concepts: ['async-js.error-handling'],
    async run({ call, fake, expect }) {
      const fetchSettings = fake('fetchSettings', () => ({ after: 30, error: 'settings service is down' }));
      const r = await call('loadSettings', 7, fetchSettings);
      expect(r.error?.message, 'the error loadSettings rejected with (it should fall back instead)').toBeUndefined();
      expect(r.value, 'what loadSettings resolved with').toEqual(DEFAULT_SETTINGS);
    },
  },
  {
    id: 'adds-context-to-errors',
    title: "loadOrder passes orders through, and on failure rejects with 'could not load order <id>: <reason>'",
    concepts: ['async-js.error-handling'],
    async run({ call, fake, expect }) {
      // The happy path first, so a catch that also swallows good results shows up here too.
      const works = fake('fetchOrder', (id) => ({ after: 20, value: { id, total: 19.5 } }));
      const ok = await call('loadOrder', 42, works);
      expect(ok.error?.message, 'the error loadOrder rejected with when fetchOrder worked').toBeUndefined();
      expect(ok.value, 'what loadOrder resolved with when fetchOrder worked').toEqual({ id: 42, total: 19.5 });

      const fails = fake('fetchOrder', () => ({ after: 20, error: 'connection reset' }));
      const r = await call('loadOrder', 42, fails);
      expect(r.ok, 'whether loadOrder resolved when fetchOrder failed (it should reject)').toBe(false);
      expect(r.error?.message, 'the rejection message').toBe('could not load order 42: connection reset');
    },
  },
  {
    id: 'closes-after-success',
    title: 'exportReport closes the file after a successful write, then resolves with the bytes written',
    concepts: ['async-js.error-handling'],
    async run({ call, fake, expect, clock }) {
      const startedAt = clock.now();
      const openFile = fake('openFile', () => ({ after: 10, value: 'report-1.csv' }));
      const writeReport = fake('writeReport', () => ({ after: 10, value: 120 }));
      const closeFile = fake('closeFile', () => ({ after: 10 }));
      const r = await call('exportReport', openFile, writeReport, closeFile);
      expect(r.error?.message, 'the error exportReport rejected with (it should resolve)').toBeUndefined();
      expect(closeFile.calls.map((c) => c.args), 'the arguments closeFile received').toEqual([['report-1.csv']]);
      expect(closeFile.calls.map((c) => c.at - startedAt), 'when closeFile was called (ms; open and write take 10 each)').toEqual([20]);
      expect(r.value, 'what exportReport resolved with').toBe(120);
      expect(r.elapsedMs, 'ms until exportReport resolved (closing takes 10 more)').toBe(30);
    },
  },
  {
    id: 'closes-after-failure',
    title: "exportReport closes the file when the write fails, then rejects with the write's error",
    concepts: ['async-js.error-handling'],
    async run({ call, fake, expect, clock }) {
      const startedAt = clock.now();
      const openFile = fake('openFile', () => ({ after: 10, value: 'report-2.csv' }));
      const writeReport = fake('writeReport', () => ({ after: 10, error: 'disk full' }));
      const closeFile = fake('closeFile', () => ({ after: 10 }));
      const r = await call('exportReport', openFile, writeReport, closeFile);
      expect(closeFile.calls.map((c) => c.args), 'the arguments closeFile received').toEqual([['report-2.csv']]);
      expect(closeFile.calls.map((c) => c.at - startedAt), 'when closeFile was called (ms; open and write take 10 each)').toEqual([20]);
      expect(r.ok, 'whether exportReport resolved (it should reject)').toBe(false);
      expect(r.error?.message, 'the rejection message').toBe('disk full');
      expect(r.elapsedMs, 'ms until exportReport rejected (closing takes 10 more)').toBe(30);
    },
  },
]);
