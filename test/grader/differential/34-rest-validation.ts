// A small REST resource with input validation, a central error shape,
// pagination in the query and Location on create.
import express, { type NextFunction, type Request, type Response } from 'express';

class ValidationError extends Error {
  details: string[];
  constructor(details: string[]) { super('validation failed'); this.details = details; }
}

interface Note { id: number; title: string; tags: string[] }
const notes: Note[] = [];
let nextId = 1;

const app = express();
app.use(express.json());

function validate(body: unknown): Omit<Note, 'id'> {
  const details: string[] = [];
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.title !== 'string' || b.title.trim() === '') details.push('title must be a non-empty string');
  if (b.tags !== undefined && (!Array.isArray(b.tags) || !b.tags.every((t) => typeof t === 'string'))) details.push('tags must be strings');
  if (details.length) throw new ValidationError(details);
  return { title: (b.title as string).trim(), tags: (b.tags as string[] | undefined) ?? [] };
}

app.post('/notes', (req, res) => {
  const note = { id: nextId++, ...validate(req.body) };
  notes.push(note);
  res.status(201).location(`/notes/${note.id}`).json(note);
});
app.get('/notes', (req, res) => {
  const limit = Math.max(1, Math.min(Number(req.query.limit) || 2, 10));
  const offset = Math.max(0, Number(req.query.offset) || 0);
  res.set('X-Total-Count', String(notes.length)).json({ items: notes.slice(offset, offset + limit), limit, offset });
});
app.patch('/notes/:id', (req, res) => {
  const note = notes.find((n) => n.id === Number(req.params.id));
  if (!note) { res.status(404).json({ error: { code: 'not_found', message: `note ${req.params.id} does not exist` } }); return; }
  Object.assign(note, validate({ ...note, ...req.body }));
  res.json(note);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof ValidationError) { res.status(422).json({ error: { code: 'invalid', message: err.message, details: err.details } }); return; }
  const status = (err as Error & { status?: number }).status ?? 500;
  res.status(status).json({ error: { code: status === 400 ? 'bad_json' : 'internal', message: status === 400 ? 'malformed JSON' : 'internal error' } });
});

export default app;
