import type { IncomingMessage, ServerResponse } from 'node:http';

// POST /notes adds to this list, GET /notes answers it.
const notes: Array<{ id: number; text: string }> = [];

export default function handler(req: IncomingMessage, res: ServerResponse) {
  if (req.url === '/ping') {
    res.setHeader('Content-Type', 'text/plain');
    res.end('pong');
    return;
  }

  // TODO: GET /hello

  // TODO: GET /notes and POST /notes, and 405 for any other method on /notes

  // TODO: a placeholder, so the client is not left waiting; an unknown path should get 404.
  res.end(`Nothing here yet for ${req.method} ${req.url} (${notes.length} notes so far)`);
}
