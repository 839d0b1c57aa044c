// Buffer's 'base64url' encoding (Node >= 15.7), e.g. for hand-made tokens.
import express from 'express';

const app = express();
const probe = (f: () => unknown) => { try { return f(); } catch (e) { return `throws ${(e as Error).name}: ${(e as Error).message}`; } };

app.get('/encode', (_req, res) => { res.json({ encoded: probe(() => Buffer.from('hi?>~').toString('base64url')) }); });
app.get('/decode', (_req, res) => { res.json({ decoded: probe(() => Buffer.from('aGk_Pn4', 'base64url').toString()) }); });
app.get('/is-encoding', (_req, res) => { res.json({ base64url: Buffer.isEncoding('base64url'), latin1: Buffer.isEncoding('latin1') }); });

export default app;
